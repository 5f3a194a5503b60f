import {
  type AnchorProps,
  type BadgeProps,
  type CheckboxGroupProps,
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type MantineThemeComponent,
  type MenuProps,
  type ModalProps,
  type MultiSelectProps,
  type NativeSelectProps,
  type NotificationProps,
  type PasswordInputProps,
  type TextInputProps,
} from '@mantine/core';

/**
 * Required inputs keep the `required` attribute (announced by screen readers) but no
 * asterisk inside the label, so each label reads exactly "Email", "Password"...
 * Optional inputs say "(optional)" in their label instead.
 */
const noAsterisk = { defaultProps: { withAsterisk: false } };

/**
 * Default props for one component, checked against its props. Plain objects rather than
 * `Modal.extend(...)`: importing the components here would put the dialog, menu and
 * multi-select code in the first download of every page, sign-in included.
 */
function defaults<P>(component: {
  defaultProps?: Partial<P>;
  styles?: MantineThemeComponent['styles'];
}): MantineThemeComponent {
  return component;
}

/** A deep, calm teal. Shade 8 (the one used for buttons and links) has 5.5:1 contrast with white. */
const cairn: MantineColorsTuple = [
  '#ecf8f6',
  '#d3efea',
  '#a9ddd5',
  '#7ccabf',
  '#54b8ab',
  '#35a596',
  '#1f9385',
  '#138377',
  '#0f766e',
  '#0b5e57',
];

/** For warnings: Mantine's orange is too light for text on its own tint (3.6:1). */
const amber: MantineColorsTuple = [
  '#fff8eb',
  '#ffefd1',
  '#ffdda1',
  '#ffc96b',
  '#ffb83f',
  '#f5a623',
  '#d98c0f',
  '#b87305',
  '#955c00',
  '#7a4a00',
];

export const theme = createTheme({
  primaryColor: 'cairn',
  colors: { cairn, amber },
  // Shade 8 of every colour for filled buttons, badges and links: AA contrast with white.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
    fontWeight: '650',
  },
  components: {
    TextInput: defaults<TextInputProps>(noAsterisk),
    PasswordInput: defaults<PasswordInputProps>(noAsterisk),
    NativeSelect: defaults<NativeSelectProps>(noAsterisk),
    MultiSelect: defaults<MultiSelectProps>(noAsterisk),
    CheckboxGroup: defaults<CheckboxGroupProps>(noAsterisk),
    // Links look like links, not only by colour.
    Anchor: defaults<AnchorProps>({ defaultProps: { underline: 'always' } }),
    // Badges in table cells keep their whole word instead of "ACTI…".
    Badge: defaults<BadgeProps>({ styles: { root: { minWidth: 'max-content' } } }),
    // Mantine's focus placeholder (role="presentation") is not allowed inside role="menu".
    // Dialogs and menus appear at once: no half-transparent text while they fade in.
    Menu: defaults<MenuProps>({
      defaultProps: { withInitialFocusPlaceholder: false, transitionProps: { duration: 0 } },
    }),
    // Icon-only close buttons need a name.
    Modal: defaults<ModalProps>({
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close dialog' },
        transitionProps: { duration: 0 },
      },
    }),
    Notification: defaults<NotificationProps>({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
    }),
  },
});

/** Darker secondary text, errors and placeholders than Mantine's defaults, for WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
