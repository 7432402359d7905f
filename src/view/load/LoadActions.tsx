import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';

export interface PrimaryAction {
  label: string;
  disabled: boolean;
  onClick: () => void;
  /** Lets tests and styles find the step's main button. */
  className?: string;
}

/** The loader's button row: the step's main action, if any, then Cancel. */
export function LoadActions({
  primary,
  onCancel,
  lang,
}: {
  primary?: PrimaryAction;
  onCancel: () => void;
  lang: Lang;
}) {
  return (
    <div className="load-actions">
      {primary && (
        <button
          type="button"
          className={primary.className ? `primary ${primary.className}` : 'primary'}
          disabled={primary.disabled}
          onClick={primary.onClick}
        >
          {primary.label}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        {pick(lang, '取消', 'Cancel')}
      </button>
    </div>
  );
}
