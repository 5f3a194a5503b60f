import { NativeSelect } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { thisYear } from './dashboardApi';

/** How many years back the year selectors go. */
const YEARS_BACK = 9;

/** The year in the address (?year=2025), or this year. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const now = thisYear();
  const value = Number(params.get('year'));
  const year = Number.isInteger(value) && value >= now - YEARS_BACK && value <= now ? value : now;
  const setYear = (next: number) => {
    const copy = new URLSearchParams(params);
    if (next === now) copy.delete('year');
    else copy.set('year', String(next));
    setParams(copy);
  };
  return [year, setYear];
}

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear() - i));
  return (
    <NativeSelect
      label="Year"
      data={years}
      value={String(year)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      w={110}
    />
  );
}
