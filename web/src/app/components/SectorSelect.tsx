import { NativeSelect } from '@mantine/core';
import { SECTOR_LABELS, SECTORS, type TSector } from '../../../../contracts';

interface Props {
  value: TSector | '';
  onChange: (value: TSector | '') => void;
  error?: string | undefined;
  disabled?: boolean;
}

const OPTIONS = [
  { value: '', label: 'Choose a sector', disabled: true },
  ...SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] })),
];

function isSector(value: string): value is TSector {
  return (SECTORS as readonly string[]).includes(value);
}

/** A native select: reliable on phones and with every screen reader. */
export function SectorSelect({ value, onChange, error, disabled }: Props) {
  return (
    <NativeSelect
      label="Sector"
      description="The kind of organisation, so Cairn can use the right words."
      data={OPTIONS}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        onChange(isSector(next) ? next : '');
      }}
      error={error}
      disabled={disabled}
      required
    />
  );
}
