/** Control icons drawn as SVG: symbol glyphs such as ⏸ are missing from many CJK fonts. */
const paths = {
  previous: 'M15 5 8 12l7 7',
  next: 'm9 5 7 7-7 7',
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  exitFullscreen: 'M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5',
} as const;

const filled = new Set<IconName>(['play', 'pause']);

type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  const fill = filled.has(name);
  return (
    <svg className="screen-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={paths[name]}
        fill={fill ? 'currentColor' : 'none'}
        stroke={fill ? 'none' : 'currentColor'}
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A control shown as its icon alone: the label is for screen readers, the key on hover. */
export function IconButton(p: {
  icon: IconName;
  label: string;
  /** The keyboard key that does the same. */
  keyName: string;
  onClick: () => void;
  className?: string;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      className={p.className}
      onClick={p.onClick}
      aria-pressed={p.pressed}
      aria-label={p.label}
      title={p.keyName}
    >
      <Icon name={p.icon} />
    </button>
  );
}
