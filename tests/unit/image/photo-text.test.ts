// Recognised words -> text the engine checks -> findings that point back at the words' boxes.

import { createDefaultChecker, loadRuleset } from '../../../rules/index';
import { checkPhotoText, layoutWords } from '../../../rules/image/photo-text';
import type { OcrWord } from '../../../rules/image/types';

/** Words laid out left to right, one array per line, 20 px per character. */
function words(...lines: string[]): OcrWord[] {
  return lines.flatMap((line, lineIndex) => {
    let x = 10;
    return line.split(' ').map((text) => {
      const word = { text, line: lineIndex, confidence: 90, box: { x, y: 50 * lineIndex, width: text.length * 20, height: 40 } };
      x += (text.length + 1) * 20;
      return word;
    });
  });
}

describe('layoutWords', () => {
  it('joins words with spaces and lines with newlines, skipping empty words', () => {
    const laid = layoutWords([...words('Bed 4', 'John Smith'), { text: '  ', line: 1, confidence: 90, box: { x: 0, y: 0, width: 1, height: 1 } }]);
    expect(laid.text).toBe('Bed 4\nJohn Smith');
    expect(laid.spans.map((span) => laid.text.slice(span.start, span.end))).toEqual(['Bed', '4', 'John', 'Smith']);
  });
});

describe('checkPhotoText', () => {
  it('says what the photo shows and boxes exactly the words of the problem', () => {
    const { text, findings } = checkPhotoText(words('Ward 7 handover', 'Bed 4 John Smith 12/03/1958'), createDefaultChecker());
    expect(text).toBe('Ward 7 handover\nBed 4 John Smith 12/03/1958');
    const name = findings.find((finding) => finding.ruleId === 'privacy/patient-name');
    expect(name).toMatchObject({ severity: 'error', source: 'photo-text' });
    expect(name!.message).toMatch(/^The photo shows "John Smith": /);
    expect(name!.boxes).toEqual([
      { x: 130, y: 50, width: 80, height: 40 },
      { x: 230, y: 50, width: 100, height: 40 },
    ]);
    expect(findings.every((finding) => finding.suggestions === undefined)).toBe(true);
  });

  it('finds nothing in an ordinary sign', () => {
    expect(checkPhotoText(words('Outpatients', 'Way out'), createDefaultChecker()).findings).toEqual([]);
  });

  it('leaves out post-level rules (length, required hashtags): they are about the post, not the picture', () => {
    const loaded = loadRuleset(
      [
        'name: Tags',
        'rules:',
        '  - id: tags/campaign',
        '    kind: hashtags',
        '    message: Add the campaign tag.',
        '    link: https://intranet.example/tags',
        '    require: { any: ["#RiversideCares"] }',
        '    examples: { flag: ["Hello"], pass: ["Hello #RiversideCares"] }',
      ].join('\n'),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.checker.check('Open day Saturday').map((finding) => finding.ruleId)).toEqual(['tags/campaign']);
    expect(checkPhotoText(words('Open day Saturday'), loaded.checker).findings).toEqual([]);
  });
});
