import { useState } from 'react';
import type { ChosenEncoding, EncodingQuestion } from '../../load/protocol';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { LoadActions } from './LoadActions';

const READINGS: Array<[ChosenEncoding, string, string]> = [
  ['gb18030', 'GBK / GB18030（中文 Excel 常用）', 'GBK / GB18030 (Chinese Excel)'],
  ['utf-8', 'UTF-8', 'UTF-8'],
];

/** Shows the first lines read both ways; the user picks the one that reads as text. */
export function EncodingChooser({
  questions,
  lang,
  onAnswer,
  onCancel,
}: {
  questions: EncodingQuestion[];
  lang: Lang;
  onAnswer: (choices: Record<number, ChosenEncoding>) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Record<number, ChosenEncoding>>({});
  const complete = questions.every((q) => choices[q.input]);
  return (
    <div className="encoding-chooser">
      <h3>{pick(lang, '请确认文件编码', 'Which reading is right?')}</h3>
      <p>
        {pick(
          lang,
          '无法确定以下文件的编码。请选择中文显示正常的一种：',
          'The encoding of these files is uncertain. Choose the reading in which the Chinese text looks right:',
        )}
      </p>
      {questions.map((q) => (
        <fieldset key={q.input} className="encoding-question">
          <legend>{q.name}</legend>
          {READINGS.map(([enc, zh, en]) => (
            <label key={enc} className="encoding-option">
              <input
                type="radio"
                name={`encoding-${q.input}`}
                value={enc}
                checked={choices[q.input] === enc}
                onChange={() => setChoices((c) => ({ ...c, [q.input]: enc }))}
              />{' '}
              {pick(lang, zh, en)}
              <pre className="encoding-preview">{q.preview[enc].join('\n')}</pre>
            </label>
          ))}
        </fieldset>
      ))}
      <LoadActions
        primary={{
          label: pick(lang, '继续', 'Continue'),
          disabled: !complete,
          onClick: () => onAnswer(choices),
        }}
        onCancel={onCancel}
        lang={lang}
      />
    </div>
  );
}
