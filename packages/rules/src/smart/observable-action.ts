import type { Verdict } from './types.js';
import { findHeadline } from './headline.js';
import { blank, findAll, span } from './text.js';

// Headline verbs that name something internal or vague rather than a behaviour someone
// could see or count (SMART.md). Tried at the verb's position only (sticky).
const VAGUE =
  /(?:understand|know|be (?:more |fully |better )?aware|improve|develop|learn|become|feel|manage (?:his|her|their|its|own|the)|work (?:on|towards)|get better|increase|gain|build (?:up )?(?:his |her |their )?(?:confidence|skills?|relationships?|resilience|self-esteem|stamina|friendships?|tolerance)|enhance|extend|strengthen|progress|grow|explore|experience|enjoy|appreciate|recogni[sz]e|remember|think|concentrate|focus|pay attention|engage|cope|(?:self-)?regulate|behave|control (?:his|her|their)|consider|realise|realize|believe|respect|(?:show|demonstrate|display|have|develop) (?:an? |more |some |greater |good |better |increased |improved |his |her |their )?(?:understanding|awareness|knowledge|empathy|interest|confidence|respect|kindness|improvement|progress|resilience|independence|care|willingness|readiness|self-control|control|motivation)|make (?:good |better |more |some |expected |accelerated |further )?progress|use (?:his |her |their |a range of |appropriate |coping |calming |some )*strateg(?:y|ies)|(?:stay|remain|keep|feel) (?:calm|happy|happier|focused|positive|regulated|safe|relaxed|settled|confident)|(?:reduce|lower|lessen|manage) (?:his |her |their )?(?:anxiety|anxieties|worry|worries|stress|frustration|fears?|anger)|be|have)(?![\p{L}])/iuy;
// "be" states that are observable: where the pupil is, or being dry.
const BE_STATE = /be (?:seated|in (?:his|her|their|the|class|school)|at (?:his|her|their|the|school)|on time|present|dry|punctual)\b/iy;
const NEXT_WORD = /\s+(?:more |less |very |so )?[\p{L}'’-]+/uy;
const HAVE_OBSERVABLE = /have (?:fewer|less|no more|a turn|a drink|a try|a go|his|her|their)\b/iy;

// Base-form action verbs that start a second skill after "and".
const BUNDLE =
  /\b(?:and|as well as|plus)\s+(?:then\s+|also\s+|(?:he|she|they)\s+(?:will|can)\s+|will\s+|can\s+)?(?:[\p{L}]+ly\s+)?(say|point|write|read|sit|walk|ask|put|stay|attend|name|count|copy|match|sort|take|turn|wait|share|follow|use|tell|answer|choose|select|find|label|draw|cut|throw|catch|kick|hop|jump|climb|eat|drink|wash|dry|line up|move|go|come|join|play|greet|wave|request|spell|add|subtract|multiply|divide|complete|finish|start|give|show|look|listen|hold|carry|open|close|zip|button|fasten|blend|segment|build|make|pour|thread|ride|swim|run|type|raise|hang|tidy|pack|respond|reply|repeat|retell|describe|explain|identify|tap|clap|return|remain|leave|enter|accept|stop|talk|speak|sing|post|press|push|pull|roll|stack|skip|trace|stick|fold|brush|wipe|flush|solve|calculate|measure|estimate|underline|bring|collect|fetch|tie|cross|practise|recall|recite|predict|compare|understand|know|improve|develop|learn|recogni[sz]e|remember|manage|feel|become|increase|focus|concentrate|engage|behave|regulate|cope)(?![\p{L}'’-])/giu;
// Quoted words ("get your coat and line up") are examples, not extra skills.
const QUOTED = /["“][^"”\n]{0,200}["”]|(?<![\p{L}])['‘][^'’\n]{0,80}['’](?![\p{L}])/gu;
const AND_OR = /and\s*\/\s*or/giu;

// Steps of one routine or one act of attention are one skill (SMART.md tie-breaker).
const FAMILIES: readonly (readonly string[])[] = [
  ['put', 'take', 'hang', 'fasten', 'zip', 'button', 'pull', 'wash', 'dry', 'flush', 'wipe', 'get', 'tie', 'brush', 'do', 'change', 'dress', 'undress', 'hold'],
  ['sit', 'listen', 'look', 'watch', 'wait', 'stay', 'remain', 'attend', 'join'],
  ['put', 'raise', 'wait'],
  ['tidy', 'put', 'pack', 'return', 'hang'],
  ['eat', 'drink', 'sit', 'use'],
  ['stop', 'line up', 'walk', 'move', 'go', 'come', 'leave', 'wait', 'stand'],
  ['hang', 'put', 'post', 'find', 'sit', 'go', 'walk', 'say', 'wave', 'greet', 'take'],
];
const ROUTINE = /\broutine\b|\bhand[- ]?washing\b|\btoileting\b/i;

function sameRoutine(a: string, b: string): boolean {
  if (a === b) return true;
  return FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

export function checkObservableAction(text: string): Verdict {
  const head = findHeadline(text);
  if (!head.verb) return { ok: false, code: 'observableAction.missing', evidence: [] };
  const verb = head.verb;
  const headSpan = span(text, verb.start, verb.end);

  VAGUE.lastIndex = verb.start;
  const vague = VAGUE.exec(text);
  if (vague) {
    if (verb.word === 'be' && vague[0].toLowerCase() === 'be') {
      BE_STATE.lastIndex = verb.start;
      if (!BE_STATE.test(text)) {
        NEXT_WORD.lastIndex = verb.end;
        const end = NEXT_WORD.test(text) ? NEXT_WORD.lastIndex : verb.end;
        return { ok: false, code: 'observableAction.not-a-behaviour', evidence: [span(text, verb.start, end)] };
      }
    } else if (verb.word === 'have' && vague[0].toLowerCase() === 'have') {
      HAVE_OBSERVABLE.lastIndex = verb.start;
      if (!HAVE_OBSERVABLE.test(text)) {
        return { ok: false, code: 'observableAction.vague-verb', evidence: [span(text, verb.start, verb.start + vague[0].length)] };
      }
    } else {
      return { ok: false, code: 'observableAction.vague-verb', evidence: [span(text, verb.start, verb.start + vague[0].length)] };
    }
  }

  if (!ROUTINE.test(text)) {
    const visible = blank(text, [...findAll(QUOTED, text), ...findAll(AND_OR, text)]);
    BUNDLE.lastIndex = verb.end;
    let m: RegExpExecArray | null;
    while ((m = BUNDLE.exec(visible)) !== null) {
      const second = (m[1] ?? '').toLowerCase();
      if (sameRoutine(verb.word, second)) continue;
      const start = m.index + m[0].length - second.length;
      return {
        ok: false,
        code: 'observableAction.bundled-skills',
        evidence: [headSpan, span(text, start, start + second.length)],
      };
    }
  }
  return { ok: true, code: 'observableAction.observable', evidence: [headSpan] };
}
