import { useEffect, useId, useRef, useState } from 'react';
import type { ChartId } from '../../charts/chartTypes';
import { regionName } from '../../charts/rows/rowText';
import { getChart } from '../../charts/registry';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { ThemeSelect } from '../../view/ThemeSelect';
import { fallbackFrameHeight } from '../../view/embed/embedHeight';
import { SUBTITLE_MAX } from '../../view/embed/embedParams';
import {
  embedUrl,
  iframeSnippet,
  scriptSnippet,
  type EmbedOptions,
} from '../../view/embed/snippets';
import { useDatasetHandle } from '../../view/load/DatasetContext';
import type { ThemeChoice, ViewState } from '../../view/urlState';
import './embedDialog.css';

export interface EmbedButtonProps {
  chartId: ChartId;
  state: ViewState;
  /** The chart's current height (BuiltChart.height), for the iframe's fixed-height fallback. */
  height: number;
  lang: Lang;
}

/** "Embed" in a chart card's actions: opens the dialog with the code for this chart and view. */
export function EmbedButton(props: EmbedButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {pick(props.lang, '嵌入', 'Embed')}
      </button>
      {open && (
        <EmbedDialog
          {...props}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

/**
 * A modal <dialog>: the browser keeps focus inside and closes it on Esc; focus goes back to
 * the button that opened it. Shows the iframe and the resizing script, each with Copy.
 */
export function EmbedDialog({
  chartId,
  state,
  height,
  lang,
  onClose,
}: EmbedButtonProps & { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const dataset = useDatasetHandle();
  const [theme, setTheme] = useState<ThemeChoice>(state.theme);
  const [transparent, setTransparent] = useState(false);
  const [subtitle, setSubtitle] = useState('');
  const [preview, setPreview] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const base = document.baseURI;
  const options: EmbedOptions = {
    chartId,
    state,
    theme,
    transparent,
    data: new URLSearchParams(window.location.search).get('data'),
    subtitle,
  };
  const model = dataset?.status === 'ready' ? dataset.model : null;
  const place = model ? regionName(model, state.region, lang) : state.region;
  const title = `${place} · ${getChart(chartId).title(lang)}`;
  const ownFiles = dataset?.status === 'ready' && dataset.url === '';

  return (
    <dialog
      ref={dialog}
      className="dialog embed-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      // StrictMode closes and reopens the dialog once on mount; only a close that sticks counts.
      onClose={() => !dialog.current?.open && onClose()}
    >
      <header className="dialog-head embed-dialog-head">
        <h2 id={`${id}-title`}>{pick(lang, '嵌入此图表', 'Embed this chart')}</h2>
        <button
          type="button"
          className="embed-dialog-x"
          aria-label={pick(lang, '关闭', 'Close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </header>
      <p id={`${id}-what`} className="embed-dialog-what">
        {title}
      </p>
      {ownFiles && (
        <p className="embed-dialog-warn" role="note">
          {pick(
            lang,
            '你正在查看自己加载的文件；嵌入的图表显示的是网站发布的数据集，不是这些文件。',
            'You are viewing files you loaded yourself; the embedded chart shows the dataset published on this site, not those files.',
          )}
        </p>
      )}
      <fieldset className="embed-dialog-options">
        <legend>{pick(lang, '外观', 'Appearance')}</legend>
        <ThemeSelect
          lang={lang}
          value={theme}
          onChange={setTheme}
          auto={['跟随读者系统', "Follow the reader's system"]}
        />
        <label>
          <input
            type="checkbox"
            checked={transparent}
            onChange={(e) => setTransparent(e.target.checked)}
          />{' '}
          {pick(
            lang,
            '透明背景（用于有底色的页面）',
            'Transparent background (for coloured pages)',
          )}
        </label>
        <label className="embed-dialog-subtitle">
          {pick(lang, '导语（可选，显示在标题下）', 'Takeaway (optional, shown under the title)')}
          <input
            type="text"
            value={subtitle}
            maxLength={SUBTITLE_MAX}
            onChange={(e) => setSubtitle(e.target.value)}
          />
        </label>
      </fieldset>
      <Snippet
        lang={lang}
        label={pick(lang, '① 嵌入代码', '① Embed code')}
        hint={pick(
          lang,
          `把它粘贴到网页中要显示图表的位置。网站若删除脚本，图表仍以固定高度 ${fallbackFrameHeight(height)} 像素显示。`,
          `Paste it where the chart should appear. If your site strips scripts, the chart still shows at a fixed height of ${fallbackFrameHeight(height)} px.`,
        )}
        code={iframeSnippet(options, title, height, base)}
      />
      <Snippet
        lang={lang}
        label={pick(
          lang,
          '② 自动调整高度的脚本（每页一次）',
          '② Auto-height script (once per page)',
        )}
        hint={pick(
          lang,
          '让图表框随内容和屏幕宽度自动调整高度，手机上不会被截断。',
          'Fits each chart frame to its content at any screen width, so nothing is cut off on phones.',
        )}
        code={scriptSnippet(base)}
      />
      <details className="embed-dialog-preview" onToggle={(e) => setPreview(e.currentTarget.open)}>
        <summary>{pick(lang, '预览', 'Preview')}</summary>
        {preview && (
          <iframe
            src={embedUrl(options, base)}
            title={pick(lang, `预览：${title}`, `Preview: ${title}`)}
            height={fallbackFrameHeight(height)}
            style={{ width: '100%', border: 0 }}
          />
        )}
      </details>
      <footer className="embed-dialog-foot">
        <button type="button" onClick={() => dialog.current?.close()}>
          {pick(lang, '关闭', 'Close')}
        </button>
      </footer>
    </dialog>
  );
}

/** A read-only code box with Copy; where the clipboard is refused, the text is selected instead. */
function Snippet({
  lang,
  label,
  hint,
  code,
}: {
  lang: Lang;
  label: string;
  hint: string;
  code: string;
}) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  // Kept with the code it was about: changing an option makes "Copied" stale.
  const [status, setStatus] = useState<{ code: string; text: string } | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus({ code, text: pick(lang, '已复制', 'Copied') });
    } catch {
      box.current?.focus();
      box.current?.select();
      setStatus({
        code,
        text: pick(lang, '已全选，请按 Ctrl+C（⌘C）复制', 'Selected: press Ctrl+C (⌘C) to copy'),
      });
    }
  };

  return (
    <div className="embed-snippet">
      <label htmlFor={`${id}-code`}>{label}</label>
      <p id={`${id}-hint`} className="embed-snippet-hint">
        {hint}
      </p>
      <textarea
        id={`${id}-code`}
        ref={box}
        readOnly
        spellCheck={false}
        rows={code.length > 200 ? 4 : 2}
        value={code}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-snippet-actions">
        <button type="button" onClick={copy}>
          {pick(lang, '复制', 'Copy')}
        </button>
        <span role="status" aria-live="polite">
          {status?.code === code ? status.text : ''}
        </span>
      </div>
    </div>
  );
}
