import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import '../define/isp-pupil-voice.js';
import type { IspPupilVoice } from './isp-pupil-voice.js';
import { answersFromWords, wordsFromAnswers } from './voice-prompts.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

const voice = {
  words: 'What is going well?\nI like playing football at lunch.\n\nWhat is hard?\nWhen it is noisy in the hall.',
  howRecorded: 'said', symbols: ['happy', 'worried', 'vendor-star'], recordedBy: 'Ms Khan, teaching assistant', date: '2026-10-14',
  'x-mis': 'V1',
};

async function render(props: Partial<IspPupilVoice> = {}): Promise<IspPupilVoice> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-pupil-voice'), props);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: IspPupilVoice) => element.shadowRoot!;

describe('isp-pupil-voice', () => {
  it('has no axe violations empty, filled and with an error, in edit, view and print modes', async () => {
    const cases: Partial<IspPupilVoice>[] = [
      {},
      { value: voice },
      { value: voice, error: "Record the pupil's views", hint: 'Ask in a quiet place' },
      { value: voice, mode: 'view' },
      { value: {}, mode: 'view' },
      { value: voice, mode: 'print' },
      { value: {}, mode: 'print' },
    ];
    for (const props of cases) {
      const element = await render(props);
      expect((await axe.run(element, axeOptions)).violations, JSON.stringify(props)).to.deep.equal([]);
    }
  });

  it('asks the three friendly questions, each with its own box', async () => {
    const element = await render({ value: voice });
    const labels = [...root(element).querySelectorAll('.prompt label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['What is going well?', 'What is hard?', 'What would help me?', 'Anything else?']);
    expect(root(element).querySelector<HTMLTextAreaElement>('#goingWell')!.value).to.equal('I like playing football at lunch.');
    expect(root(element).querySelector<HTMLTextAreaElement>('#hard')!.value).to.equal('When it is noisy in the hall.');
  });

  it('offers feelings as faces with words, never a picture alone', async () => {
    const element = await render({ value: voice });
    const cards = [...root(element).querySelectorAll('.feeling')];
    expect(cards.map((card) => card.querySelector('label span')!.textContent)).to.deep.equal(['Happy', 'OK', 'Sad', 'Worried', 'Cross']);
    expect(cards.every((card) => card.querySelector('svg')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(root(element).querySelector<HTMLInputElement>('#feeling-happy')!.checked).to.equal(true);
    const box = root(element).querySelector('.feeling label')!.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('writes answers into words and keeps every other field, never mutating the given value', async () => {
    const given = Object.freeze({ ...voice, symbols: Object.freeze([...voice.symbols]) });
    const element = await render({ value: given });
    const events: string[] = [];
    element.addEventListener('input', (event) => events.push(`input:${event.composed}:${event.bubbles}`));
    element.addEventListener('change', (event) => events.push(`change:${event.composed}:${event.bubbles}`));
    const help = root(element).querySelector<HTMLTextAreaElement>('#wouldHelp')!;
    help.value = 'A quiet place to eat.';
    help.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root(element).querySelector<HTMLInputElement>('#feeling-worried')!.click();
    root(element).querySelector<HTMLInputElement>('#how-with-help')!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal({
      ...voice,
      words: `${voice.words}\n\nWhat would help me?\nA quiet place to eat.`,
      symbols: ['happy', 'vendor-star'],
      howRecorded: 'with-help',
    });
    expect(given.symbols).to.deep.equal(['happy', 'worried', 'vendor-star']);
    expect(events).to.deep.equal(['input:true:true', 'input:true:true', 'change:true:true', 'input:true:true', 'change:true:true']);
  });

  it('keeps words that were not written under a question as "anything else"', () => {
    expect(answersFromWords('I like lego').anythingElse).to.equal('I like lego');
    const mixed = 'Said at home\nWhat is hard?\nMaths';
    const answers = answersFromWords(mixed);
    expect(answers).to.deep.include({ hard: 'Maths', anythingElse: 'Said at home' });
    expect(answersFromWords(wordsFromAnswers(answers))).to.deep.equal(answers);
  });

  it('focus() moves to the first question', async () => {
    const element = await render();
    element.focus();
    expect(root(element).activeElement!.id).to.equal('goingWell');
  });

  it('reads as a document in view mode and leaves space to write or draw in print mode', async () => {
    const view = await render({ value: voice, mode: 'view' });
    expect(root(view).querySelector('textarea, input')).to.equal(null);
    const text = root(view).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('I like playing football at lunch.').and.contain('Said it').and.contain('Also chosen: vendor-star');
    const print = await render({ value: {}, mode: 'print' });
    expect(root(print).querySelectorAll('.draw-space')).to.have.length(3);
    expect(root(print).querySelectorAll('.print-box')).to.have.length(5);
    expect(root(print).querySelectorAll('.write-line')).to.have.length(2);
  });

  it('lets a page style the date boxes inside through exported parts', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('isp-pupil-voice::part(date-month) { background-color: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [sheet];
    try {
      const element = await render({ value: voice });
      const inner = root(element).querySelector('isp-date-input')!.shadowRoot!;
      expect(getComputedStyle(inner.querySelector('input[name=month]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inner.querySelector('input[name=day]')!).backgroundColor).to.not.equal('rgb(1, 2, 3)');
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('never throws on a bad value and keeps it untouched', async () => {
    for (const bad of [null, 'I like lego', 42, [], { words: 7, symbols: 'happy', howRecorded: 'sang' }] as unknown[]) {
      const element = await render({ value: bad });
      expect(element.value).to.equal(bad);
    }
    expect(root(await render({ value: 'I like lego' })).textContent).to.contain('could not be read');
  });

  it('offers no box or card that would overwrite words or symbols of another shape', async () => {
    const given = { words: ['I like football', 'Noise is hard'], symbols: 'happy', recordedBy: 'Ms Khan' };
    const element = await render({ value: given });
    expect(root(element).querySelectorAll('textarea').length).to.equal(0);
    expect(root(element).querySelectorAll('[type=checkbox]').length).to.equal(0);
    expect(root(element).querySelectorAll('[part=problem]')).to.have.length(2);
    const recordedBy = root(element).querySelector<HTMLInputElement>('#recordedBy')!;
    recordedBy.value = 'Ms Khan, TA';
    recordedBy.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(element.value).to.deep.equal({ ...given, recordedBy: 'Ms Khan, TA' });
    expect((await axe.run(element, axeOptions)).violations).to.deep.equal([]);
    const view = await render({ value: given, mode: 'view' });
    expect(root(view).textContent).to.contain('could not be read').and.not.contain('No views recorded yet');
  });

  it('works by keyboard alone: Space chooses a feeling card, arrows choose how views were given', async () => {
    const element = await render({ value: {} });
    root(element).querySelector<HTMLInputElement>('#anythingElse')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement!.id).to.equal('feeling-happy');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect((element.value as { symbols: string[] }).symbols).to.deep.equal(['happy']);
    root(element).querySelector<HTMLInputElement>('#how-said')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect((element.value as { howRecorded: string }).howRecorded).to.equal('wrote');
  });

  it("asks for the pupil's views when required, counting chosen feelings as views", async () => {
    expect((await render({ value: {}, required: true })).checkValidity()).to.equal(false);
    expect((await render({ value: { symbols: ['sad'] }, required: true })).checkValidity()).to.equal(true);
    expect((await render({ value: voice, required: true })).validationMessage).to.equal('');
  });
});

describe('isp-pupil-voice in a host that sets back a copy of its value on every input', () => {
  it('keeps spaces and line breaks as the pupil types', async () => {
    const element = await render();
    element.addEventListener('input', () => (element.value = structuredClone(element.value)));
    root(element).querySelector<HTMLTextAreaElement>('#goingWell')!.focus();
    await sendKeys({ type: 'I like maths' });
    await element.updateComplete;
    expect(root(element).querySelector<HTMLTextAreaElement>('#goingWell')!.value).to.equal('I like maths');
    expect(JSON.stringify(element.value)).to.contain('I like maths');
  });
});
