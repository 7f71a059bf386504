import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget, smartElements, smartMessagesEn } from './index.js';
import { lookup, pickCatalogue, type MessageCatalogue } from '../messages/catalogue.js';

const smartTarget =
  'Amir will say hello to his key person on arrival, with a verbal prompt, on 4 out of 5 mornings by the next review.';

test('a target with all seven elements is SMART, in the documented element order', () => {
  const result = checkSmartTarget(smartTarget, { pupilName: 'Amir Khan' });
  assert.equal(result.smart, true);
  assert.deepEqual(Object.keys(result.elements), [...smartElements]);
  assert.deepEqual(smartElements, ['who', 'observableAction', 'conditions', 'criterion', 'timeBound', 'positive', 'clearLanguage']);
});

test('messages and suggestions appear only on failing elements', () => {
  const result = checkSmartTarget('He will understand numbers.', {});
  for (const key of smartElements) {
    const element = result.elements[key];
    if (element.ok) {
      assert.equal(element.message, undefined, key);
      assert.equal(element.suggestion, undefined, key);
    } else {
      assert.equal(typeof element.message, 'string', key);
      assert.equal(typeof element.suggestion, 'string', key);
    }
  }
  assert.equal(result.smart, false);
  assert.match(result.elements.timeBound.suggestion ?? '', /by the next review/);
});

test('every failing code the checker can give has an English message and suggestion', () => {
  for (const [code, entry] of Object.entries(smartMessagesEn)) {
    assert.ok(entry.message.length > 10, code);
    assert.ok((entry.suggestion ?? '').length > 10, code);
  }
});

test('evidence spans are offsets into the original text', () => {
  const text = '  By half term,\tAmir will NOT hit… with his TA nearby, in 4/5 lessons.';
  const result = checkSmartTarget(text, { pupilName: 'Amir' });
  for (const key of smartElements) {
    for (const e of result.elements[key].evidence) assert.equal(text.slice(e.start, e.end), e.text, key);
  }
});

test('an unknown locale falls back to English; a region subtag finds its language', () => {
  const english = checkSmartTarget('He will say hello.', {}).elements.who.message;
  assert.equal(checkSmartTarget('He will say hello.', { locale: 'fr-FR' }).elements.who.message, english);
  assert.equal(checkSmartTarget('He will say hello.', { locale: 'en-GB' }).elements.who.message, english);
});

test('a second language is a catalogue of the same type; codes it lacks fall back to English', () => {
  const welsh: MessageCatalogue = { 'who.pronoun-only': { message: 'Nid yw’r targed yn enwi’r disgybl.' } };
  const picked = pickCatalogue({ en: smartMessagesEn, cy: welsh }, 'cy-GB', smartMessagesEn);
  assert.equal(picked, welsh);
  assert.equal(lookup(picked, smartMessagesEn, 'who.pronoun-only')?.message, 'Nid yw’r targed yn enwi’r disgybl.');
  assert.equal(lookup(picked, smartMessagesEn, 'timeBound.missing'), smartMessagesEn['timeBound.missing']);
});

test('hostile text never throws', () => {
  const long = 'Amir will say hello and count to 10 and '.repeat(2600); // about 100 KB
  for (const text of ['', ' ', '\u0000\u0007\u001b[31m', long, 'x'.repeat(100_000), '(((((('.repeat(10_000), '\uD800 broken surrogate']) {
    const result = checkSmartTarget(text, { pupilName: 'Amir' });
    assert.equal(typeof result.smart, 'boolean');
    assert.equal(Object.keys(result.elements).length, 7);
  }
  assert.equal(checkSmartTarget('', {}).smart, false);
});

test('input that is not a string gives every element the code input.not-text', () => {
  for (const value of [null, undefined, 42, {}, ['Amir will say hello']]) {
    const result = checkSmartTarget(value as unknown as string);
    assert.equal(result.smart, false);
    for (const key of smartElements) {
      assert.equal(result.elements[key].ok, false);
      assert.equal(result.elements[key].code, 'input.not-text');
      assert.ok(result.elements[key].message);
    }
  }
});

test('odd options are ignored rather than trusted', () => {
  const result = checkSmartTarget(smartTarget, { pupilName: 42, locale: {} } as unknown as { pupilName: string });
  assert.equal(result.elements.who.ok, true);
  assert.equal(checkSmartTarget(smartTarget, null as unknown as undefined).smart, true);
});
