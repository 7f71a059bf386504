import type { Evidence, Verdict } from './types.js';
import { inSet, matchRules, matchWords, rules, words, type Prepared, type Token } from './scan.js';
import { ordered, span } from './text.js';
import { inAdultSentence } from './sentences.js';

const L = 'a-z\\u00c0-\\u024f';
const re = (source: string): RegExp => new RegExp(source, 'y');

// Words that state the support level on their own: prompts, reminders, "independently".
const SUPPORT_WORDS = words(
  'prompt prompts prompting reminder reminders cue cues cueing modelling modeling independently himself herself themselves themself scaffolding ' +
    'supervised unaided unprompted outside outdoors indoors independantly',
);

const PEOPLE = '(?:adult|teacher|(?:teaching |learning support )?assistant|ta|lsa|key (?:person|worker)|keyworker|practitioner|peer|partner|buddy|friend|mentor|supervisor|class|group|therapist|parent|mum|dad|senco|hlta|elsa|hoy|tutor|lead|(?:support )?worker|adviser|advisor|officer|coach|(?:travel )?trainer|instructor|nurse|(?:home )?visitor|physio(?:therapist)?|(?:speech and language )?therapist|counsell?or|volunteer|helper|(?:foster )?carer|staff|members? of staff|reader|scribe|interpreter|(?:another|other|older|younger|sixth[- ]form) (?:pupil|student)|escort|dinner lad(?:y|ies)|nan|nana|gran|granny|grandma|grandad|grandpa|grandparent|brother|sister|sibling)s?';
// Aids given to the pupil, found within a few words after using/with/on/wearing/holding.
const AID_WORDS = words(
  'mat line square timer timetable numicon dienes map maps board chart card cards symbol symbols picture pictures photo photos grip slope frame defenders cushion ' +
    'fidget fidgets checklist starter starters planner strip strips ruler overlay laptop tablet ipad computer switch aid aids glasses book bank cubes ' +
    'counters walker wheelchair handrail rail ramp lift calculator scissors pencil pen keyboard headphones fan tray reference device talker ' +
    'schedule sheet template grid box bag cup spoon cutlery stool step seat chair table desk toy toys beads bricks blocks objects puppet visual ' +
    'visuals sign signs signing gesture gestures app prompt wordbank flashcards resource resources equipment putty bookmark float armbands paper pass passes string whiteboard alarm sheets track lanyard ring highlighter dot dots arrow arrows cane canes footrest magnifier dictionary dictionaries',
);
const AID_LEADS = words('using use uses with on onto wearing holding carrying via by from along following keeping');
// "copying from a name card", "reading from a word bank": the source copied from is an aid.
const COPY_VERBS = words('copy copies copying copied trace traces tracing traced read reads reading');
// "as recorded on his behaviour chart" says how success is measured, not an aid given.
const MEASURED = words('recorded record records recording observed measured assessed noted monitored reported logged tracked checked judged seen marked counted ticked');
// The words between "recorded" and what it is recorded on: "by her key person", "by the TA".
const MEASURE_BY = words('by the his her their a an key person worker teacher teachers ta assistant teaching class form tutor adult staff each every try tries attempt attempts it them off');
// "Using capital letters and full stops", "using the correct grip": how the task is done.
const TASK_QUALITIES = words('correct right proper appropriate full capital accurate neat joined cursive same');
const AID_STOP = words('and or to in at for when during with on by from of so as if while');
// "on his times-table test", "on the picture check", "on a past exam paper": the assessment
// success is measured on, like "as recorded by", not an aid given (SMART.md).
const ASSESSMENTS = words('test tests quiz quizzes check checks assessment assessments probe probes screening');
const EXAM_PAPER = words('exam past practice test mock');
// "with a tripod grip": how the pupil holds the pencil, not a grip given to him.
const HOLDS = words('tripod pincer palmar dynamic static correct mature comfortable good firm proper');

// Aids that are the pupil's by their nature wherever they are named ("the checklist in his
// planner"), when a determiner within three words before makes them a thing given.
const OWN_AIDS = words('checklist planner timetable timer mat slope grip defenders cushion fidget overlay frame walker wheelchair aids microphone');
// "give his planner to his tutor", "copy it into his planner", "wear her hearing aids", "scores 4
// on the checklist": the thing is what the pupil acts on, or where success is scored, not an aid.
const ACTED_ON = words('give gives hand hands bring brings take takes put puts pack packs collect collects fill fills complete completes sign signs wear wears into onto');
const DETERMINERS = words('his her their a an the');
// "read 18 of 20 words on her precision teaching sheet": the sheet the items are printed on
// is the task's material, not an aid ("write 3 sentences on a writing slope" is one).
const TASK_ITEMS = words('words sums questions letters sounds spellings problems calculations items objects pictures');
const PRINTED_ON = words('sheet sheets card cards list page paper checklist');
// "bang on the table", "tap on the window": what is struck, not an aid or a place.
const STRUCK = words('bang bangs banging tap taps tapping knock knocks knocking drum drums drumming thump thumps thumping');

/**
 * The aid word at `j` names an assessment, the pupil's own hold or the task's plain paper
 * ("make marks on paper"; squared or raised-line paper is an aid), not something given.
 */
function notAnAid(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  const before = tokens[j - 1];
  // ("his times-table test", "her SALT probe sheet": what success is measured on.)
  if ((next !== undefined && inSet(next, ASSESSMENTS)) || (before !== undefined && inSet(before, ASSESSMENTS))) return true;
  // ("paper with a raised line" is one.)
  if (t.word === 'paper' || t.word === 'papers') return next?.word !== 'with' && (before === undefined || inSet(before, EXAM_PAPER) || inSet(before, DETERMINERS) || inSet(before, AID_LEADS));
  return t.word === 'grip' && before !== undefined && inSet(before, HOLDS);
}

function ownAids(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens } = p;
  for (let i = 1; i < tokens.length; i++) {
    if (!inSet(tokens[i]!, OWN_AIDS) || notAnAid(tokens, i)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (!inSet(tokens[j]!, DETERMINERS)) continue;
      const before = tokens[j - 1];
      // ("60% of his timetable": the share attended, like a score.)
      const scoredOn = (before?.word === 'on' || before?.word === 'of') && j >= 2 && (/^\d+$/.test(tokens[j - 2]!.word) || (before.word === 'on' && inSet(tokens[j - 2]!, TASK_ITEMS)));
      if (before !== undefined && (inSet(before, ACTED_ON) || scoredOn)) break;
      found.push(span(p.text, tokens[j]!.start, tokens[i]!.end));
      break;
    }
  }
  return found;
}

/** A measuring word ("recorded", "checked") among the few words before, in the same clause. */
function measuredBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (inSet(tokens[k]!, MEASURED)) return true;
    if (!inSet(tokens[k]!, MEASURE_BY)) return false;
  }
  return false;
}

const nowAndNext = (tokens: readonly Token[], j: number): boolean =>
  /^(?:now|first)$/.test(tokens[j - 1]?.word ?? '') && /^(?:next|then)$/.test(tokens[j + 1]?.word ?? '');

function aids(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens } = p;
  for (let i = 0; i < tokens.length; i++) {
    const lead = tokens[i]!;
    if (!inSet(lead, AID_LEADS)) continue;
    let j = i + 1;
    // "copying from a name card", "copying it from a name card".
    const copied = (k: number): boolean => k >= 0 && inSet(tokens[k]!, COPY_VERBS);
    if (lead.word === 'from' && !(copied(i - 1) || (copied(i - 2) && /^(?:it|them|this|these)$/.test(tokens[i - 1]!.word)))) continue;
    // "as recorded by her key person on the weekly tracking sheet": where it is measured.
    if (measuredBefore(tokens, i)) continue;
    if (lead.word === 'using' && tokens[i - 1]?.word === 'at') continue; // "better at using scissors": the skill
    if (tokens[i - 1]?.word === 'by' && lead.word !== 'using') continue; // "by carrying the PE bags": the behaviour
    if (lead.word === 'using' && tokens[j] !== undefined && inSet(tokens[j]!, TASK_QUALITIES)) continue; // "using capital letters": the task
    if (lead.word === 'on' && /^\d+$/.test(tokens[i - 1]?.word ?? '')) continue; // "scoring 3 on his report card": a measure
    if (lead.word === 'on' && i > 0 && inSet(tokens[i - 1]!, STRUCK)) continue;
    if (lead.word === 'by') {
      // "by pressing the switch", "by showing the help card kept in her pencil case".
      if (!/^(?:using|pressing|showing)$/.test(tokens[j]?.word ?? '')) continue;
      j++;
    }
    // "using Colourful Semantics 'who' and 'what doing' cards": an aid's name can be long.
    for (const end = Math.min(tokens.length, j + (lead.word === 'using' ? 7 : 6)); j < end; j++) {
      const t = tokens[j]!;
      // "Work on organisation – equipment": a dash or a colon ends the phrase the aid is in
      // ("Strategies – with: a time-out card" puts it after the lead).
      if (j > i + 1 && /[–—:;]/.test(p.lower.slice(tokens[j - 1]!.end, t.start))) break;
      // "using tens and ones blocks", "on her now-and-next board": an aid's name may hold "and".
      if (inSet(t, AID_STOP) && !(t.word === 'and' && (lead.word === 'using' || nowAndNext(tokens, j)))) break;
      if (inSet(t, AID_LEADS)) break; // "on her work using a pencil": the aid is the later lead's
      if (!inSet(t, AID_WORDS)) continue;
      // A "line" is an aid only as a number line, time line or washing line; a "track" as a number track.
      if (t.word === 'line' && !/^(?:number|time|washing)$/.test(tokens[j - 1]?.word ?? '')) break;
      if (t.word === 'track' && tokens[j - 1]?.word !== 'number') break;
      if (t.word === 'table' && tokens[j - 1]?.word === 'times') continue; // "on the 2 times table": the task
      // "use Makaton signs to communicate": signs and gestures used are the pupil's own language.
      if (lead.word.startsWith('use') && /^(?:signs?|signing|gestures?)$/.test(t.word)) break;
      if (notAnAid(tokens, j)) break;
      // "words on her sign list": the list the items are printed on, however it is named.
      const printed = inSet(t, PRINTED_ON) || (tokens[j + 1] !== undefined && inSet(tokens[j + 1]!, PRINTED_ON));
      if (lead.word === 'on' && i > 0 && inSet(tokens[i - 1]!, TASK_ITEMS) && printed) break;
      found.push(span(p.text, lead.start, t.end));
      break;
    }
  }
  return found;
}

const PLACES =
  '(?:lessons?|classes|class(?:room)?|playground|hall|nursery|setting|school|groups?|garden|corridors?|library|assembly|assemblies|canteen|cloakroom|toilets?|room|area|corner|sessions?|pe|maths|english|literacy|numeracy|phonics|science|history|geography|art|music|drama|tutor time|form time|tutorials?|registration|circle|queue|line(?! with\\b)|sand|tray|changing rooms?|unit|base|hub|community|pairs|flat|pool|field|outdoors?|provision|break|playtime|lunchtime|lunch hall|dinner hall|gym|kitchen|bathroom|workshop|lab|home|work|activities|games?|play|input|tasks?|story|shop|park|street|car|bus|taxi|minibus|discussions?|space|spot|station|workstation|environment|settings|trips?|visits?|clubs?|therapy(?: groups?| sessions?)?|interventions?|meetings?|exams?|mocks?|spanish|french|german|computing|technology|pshe|languages?|(?:guided|shared) reading|starters?|plenar(?:y|ies)|office|suite|hospital|ward|pru)\\b';
const TIMES_OF_DAY =
  'lunchtime lunchtimes playtime playtimes snacktime storytime breaktime hometime bedtime teatime tea supper breakfast snack lunch break play story carpet circle group tidy home register registration tutor form choosing free choice quiet outdoor dinner bath bed reading pe swimming phonics key keyperson changing transition whole';

const CONDITION_RULES = rules([
  // Adult support still expected.
  re(`with (?:[${L}0-9:]+[ -]){0,4}?(?:support|help|modelling|encouragement|assistance|guidance|scaffolding|(?:phone )?calls?|check-?ins?|checks?|texts?|messages?|visits?)\\b`),
  re(`with (?:[${L}0-9-]+ ){0,4}?${PEOPLE}\\b`),
  // "Read a page aloud to a reading volunteer": someone hearing the pupil read is support
  // arranged ("say hello to an adult" only names whom the pupil greets).
  ['read reads reading', re(`(?:read|reads|reading)(?! (?:diary|record|book|folder|log|journal|bag)\\b)(?: (?!to\\b)[${L}0-9'’-]+){0,8}? to (?:(?:a|an|the|his|her|their) )?(?:[${L}-]+ )?${PEOPLE}\\b`)],
  // A parent writing: "with me reminding her".
  re(`with (?:me|us) (?:[${L}]+ing|nearby|close by|beside (?:him|her|them)|there)\\b`),
  // Support given by someone; "checked by his teacher", like "as checked by", only says who measures.
  ['supported modelled shown helped guided accompanied prompted reminded taken led collected met', re('(?<!\\bas |(?:attempts|occasions|sessions|days|lessons|times|trials|weeks|questions|tasks|pieces) )[a-z]+ by\\b')],
  re('after (?:being|an adult|a reminder|a prompt)\\b'),
  // "after his teacher models it": an adult's model to follow first is support.
  re(`after (?:his|her|their|the|a|an) (?:[${L}-]+ )?${PEOPLE} (?:has )?(?:models?|modelled|shows?|shown|demonstrates?|demonstrated|says?|said|reads?)\\b`),
  // "waiting for an adult's signal", "wait for Dad to say go": an adult's cue is support.
  ['wait waits waiting until', re(`(?:(?:wait|waits|waiting) for|until) (?:a|an|the|his|her|their) (?:[${L}-]+ )?${PEOPLE}(?:['’]s (?:signal|cue|nod|go-ahead|instruction|permission)| to (?:say|tell|give|signal|nod)| (?:says?|tells?|signals?|nods?|gives?))\\b`)],
  // "a question she has been given before the lesson": something given to the pupil.
  re('(?:been|being) given\\b'),
  // "after a phone call from his mentor", "after a check-in": support that comes first.
  re('after (?:a|an|his|her|their|the) (?:[a-z0-9-]+ )?(?:phone call|call|check-in|text|reminder|prompt|warning|countdown|return|break)\\b'),
  // "stay in bed from lights out": the time of night it is about.
  re('(?:from|after|at|before) lights[- ]out\\b'),
  // Access arrangements and assistive technology: "with 25% extra time", "using speech-to-text".
  re('(?:with|given|having|allowed) (?:\\d+% |some |the )?extra time\\b'),
  // A note listing access arrangements: "reader in all assessments, 25% extra time".
  ['#', re('\\d+ ?% extra time\\b')],
  // "Ms Okoro will show Zara a picture for each step": an adult showing the pupil an aid.
  ['show shows showing', re(`(?:show|shows|showing) (?:him|her|them|(?:the |a |an |his |her |their )?[${L}-]+) (?:a|an|the|his|her|their) (?:[${L}-]+ )?(?:pictures?|photos?|symbols?|cards?|visuals?|signs?|models?|demonstrations?)\\b`)],
  // "showing a 'break' card instead": the card the pupil is given to show is an aid.
  ['show shows showing hold holds holding', re(`(?:show|shows|showing|(?:hold|holds|holding) up) (?:a|an|his|her|their) ['‘"“]?(?:[${L}-]+['’"”]? ){0,3}?(?:cards?|pass(?:es)?)\\b`)],
  ['speech voice text dictation', re('(?:(?:speech|voice)[- ]to[- ]text|text[- ]to[- ]speech|voice typing|dictation (?:software|app))\\b')],
  re(`(?:dictating|dictate|dictates) (?:[${L}]+ ){0,3}?to (?:a|an|the|his|her|their) (?:[${L}]+ )?${PEOPLE}\\b`),
  // "Copying an adult's drawing": someone's model to work from is support.
  ['copying copy copies following watching', re(`(?:copying|copy|copies|following|watching) (?:a|an|the|his|her|their) (?:[${L}-]+ )?${PEOPLE}['’]s? (?:[${L}-]+ )?(?:drawing|model|example|demonstration|writing|movements?|actions?)\\b`)],
  // A model to work from is support: "from a model", "from a near-point copy".
  re(`from (?:a|an|the|his|her|their) (?:[${L}-]+ )?(?:model|example|copy)\\b`),
  // Physical support: "holding an adult's hand".
  ['holding hold holds', re(`(?:holding|holds?) (?:an? |the |his |her |their )?(?:[${L}]+ )?${PEOPLE}(?:['’]s)? hands?\\b`)],
  // "a morning check by her teaching assistant"; "as recorded by the teacher" only measures.
  ['by', re(`(?<!(?:recorded|observed|measured|assessed|noted|monitored|reported|logged|tracked|judged|seen|agreed|set|checked|marked|counted|scored|recommended|advised|suggested|requested) )by (?:a|an|the|his|her|their) (?:[${L}]+ )?${PEOPLE}\\b(?! (?:trips?|visits?|outings?|assembl(?:y|ies)|tests?|exams?|reviews?|meetings?|performances?|shows?)\\b)`)],
  re('at (?:set|the same|regular|agreed) times\\b'),
  ['adult adults teacher teachers assistant assistants ta key practitioner mentor supervisor', re(`(?:adult|teacher|assistant|ta|key (?:person|worker)|practitioner|mentor|supervisor)s?\\s+(?:nearby|near|beside|alongside|present|close by|next to|behind|sitting|shadowing|modelling|supporting|prompting|pointing|showing|walking|playing|looking)\\b`)],
  re(`(?:when|if|once) (?:[${L}]+ )?(?:prompted|reminded|asked|shown|given|helped|supported|modelled|told|cued|offered|directed|invited)\\b`),
  re(`without (?:[${L}]+[ -]){0,2}?(?:help|support|prompts?|prompting|reminders?|reminding|assistance|adults?)\\b`),
  re(`without being (?:[${L}]+ ){0,1}?(?:reminded|prompted|told|asked|chased|helped|collected|fetched)\\b`),
  // ("put on her own coat": "own" before a noun is whose it is, not the support level.)
  re('on (?:his|her|their) own\\b(?! (?!(?:in|at|on|by|for|and|or|to|with|during|when|while|before|after|from|without|until|each|every)\\b)[a-z])'),
  re(`(?:need|needs|needing|require|requires|requiring) (?:no |any |less |minimal |only )?(?:adult |verbal |visual |physical )?(?:support|help|prompts?|prompting|reminders?|assistance)\\b`),
  ['#', re('1\\s*:\\s*1\\b')],
  ['one', re('one[- ]to[- ]one\\b')],
  ['small nurture social language reading friendship', re('(?:small|nurture|social|language|reading|friendship)[- ]groups?\\b')],
  // Aids given to the pupil.
  // "using the correct formation" describes the task, not an aid.
  // "better at using scissors": the skill itself, not an aid.
  // ("Following the physiotherapist's programme": where the target comes from, not an aid.)
  ['using following', re(`(?<!\\bat )(?:using|following(?! (?:a|an|the|his|her|their|my) (?:[${L}'’-]+ ){0,2}(?:programmes?|advice|recommendations?|reports?|reviews?|meetings?|assessments?)\\b)) (?:a|an|the|his|her|their|some|my) ['‘"“]?(?!correct\\b|right\\b|proper\\b|appropriate\\b|full\\b|capital\\b|accurate\\b|neat\\b|joined\\b|cursive\\b|same\\b)(?![${L}-]+['’]s names?\\b)[${L}-]+`)],
  re(`given (?:a|an|the|his|her|their|some|\\d+|one|two|three) [${L}0-9-]+`),
  // Changes of activity are situations: "before each change of activity", "at every transition".
  ['before after at during', re('(?:before|after|at|during) (?:(?:each|every|a|any) (?:change of activity|change|transition|move)|changes|transitions)\\b')],
  re('from a choice of\\b'),
  // "picture steps on the toilet door": aids by their nature, however a note names them.
  ['picture pictures photo photos symbol symbols visual', re('(?:pictures?|photos?|symbols?|visual) (?:steps?|sequences?|schedules?|timetables?|prompts?|cues?|supports?|strips?)\\b')],
  // "with the librarian nearby", "with a tidy-up song playing", "with his feet strapped to the
  // pedals": someone at hand, a cue running or the body supported.
  ['with', re(`with (?:a|an|the|his|her|their) (?:[${L}-]+ )?[${L}-]+(?: \\([^)]{0,60}\\))? (?:sitting |standing |working |on duty )?(?:nearby|close by|on hand|beside (?:him|her|them)|playing|running|ticking|showing|strapped|secured|supported|fixed|attached|taped|fitted)\\b`)],
  // "with the axes already drawn for her", "with the questions read aloud to her", "with a copy in
  // her hand", "the results table provided": what is done or given for the pupil.
  ['with', re(`with (?:a|an|the|his|her|their) (?:[${L}-]+ ){0,5}?(?:(?:already )?(?:drawn|written|printed|prepared|set out|labelled|read(?: aloud| out)?|explained|scribed) (?:for|to) (?:him|her|them)|in (?:his|her|their) hands?)\\b`)],
  ['provided', re('provided\\b(?! that\\b)')],
  // "with his footrest and wedge cushion in place": equipment set up for the pupil.
  ['with', re(`with (?:a|an|the|his|her|their) (?:[${L}-]+ ){1,5}?in place\\b`)],
  // "rest breaks as per OT advice", "with movement breaks": planned breaks are provision.
  ['rest movement sensory brain fatigue exercise', re('(?:rest|movement|sensory|brain|fatigue|exercise) breaks?\\b')],
  // "by going to the Thursday catch-up group": the group is where it happens.
  ['going goes go attending attends', re(`(?:going|goes|go|attending|attends) to (?:the |his |her |their |a |an )?(?:[${L}-]+ ){0,2}?(?:groups?|clubs?|sessions?)\\b`)],
  // "the adapted trike", "a modified keyboard", "a chunky crayon", "chunky-handled cutlery":
  // equipment made easier for the pupil is an aid (the task's own tools are not).
  ['adapted modified chunky weighted easy large enlarged padded non triangular raised', re(`(?:adapted|modified|chunky|weighted|easy[- ]grip|large[- ]print|enlarged|padded|non[- ]slip|triangular|raised[- ]line)(?:-[${L}]+)? [${L}-]+`)],
  // "arrive at the base by 8:50 to meet his key worker": an adult met on arrival is support.
  ['meet meets meeting', re(`(?:meet|meets|meeting) (?:his|her|their|the|a|an) (?:[${L}-]+ )?${PEOPLE}\\b`)],
  // "with her night light on", "with the walking bus collecting him": an aid switched on, or
  // someone or something doing a part of it for the pupil.
  ['with', re(`with (?:a|an|the|his|her|their) (?:[${L}-]+ )?(?:light|lamp|timer|music|fan|radio) on\\b(?! (?:the|his|her|their|a|an|top|to)\\b)`)],
  ['with', re(`with (?:a|an|the|his|her|their) (?:[${L}-]+ )?[${L}-]+ [a-z]+ing (?:him|her|them)\\b`)],
  // "with a meet-and-greet from his key adult": something an adult gives the pupil is support.
  ['with', re(`with (?:a|an|the|his|her|their) (?:[${L}0-9&-]+ ){1,3}?from (?:(?:a|an|the|his|her|their) (?:[${L}]+ )?${PEOPLE}|(?:mr|mrs|ms|miss|mx|dr) [${L}-]+)\\b`)],
  // "With a breakfast club place each morning, Bianca will…": what a target opens with is given.
  ['with', re(`(?<=^\\s*)with (?:a|an|the|his|her|their) (?!(?:increasing|growing|greater|more|less)\\b)(?:[${L}0-9'’-]+ ){0,8}?[${L}'’-]+,`)],
  // "from home", "in his live online lessons": learning away from the classroom is a setting.
  ['from', re('from home\\b')],
  ['live online remote virtual', re('(?:live )?(?:online|remote|virtual) (?:lessons?|sessions?|learning|classes|tutoring)\\b')],
  // "the list her mentor helps her write": an adult helping is support.
  ['his her their the a an', re(`(?:his|her|their|the|a|an) (?:[${L}-]+ )?${PEOPLE} (?:helps?|shows?|reminds?|supports?) (?:him|her|them)\\b`)],
  // "where Mr Cole meets him": a named adult waiting for the pupil is support.
  ['mr mrs ms miss mx dr sir', re(`(?:mr|mrs|ms|miss|mx|dr|sir) [${L}-]+ (?:will )?(?:meets?|greets?|collects?|waits? for) (?:him|her|them)\\b`)],
  // "with Mrs Osei sitting beside her": a named adult is support.
  ['with', re(`with (?:mr|mrs|ms|miss|mx|dr|sir) [${L}-]+`)],
  // An exported row's provision field ("… | Strategies: writing slope & pencil grip | …").
  ['strategies support resources provision equipment aids', re('(?:strategies|support|resources|provision|equipment|aids)\\s*:\\s*(?!none\\b|n/a\\b|tbc\\b|nil\\b|-)[a-z](?:[^|;\\n]*[^|;\\n\\s])?')],
  // "clothes laid out in order on the bench": things set ready for the pupil are an aid.
  ['laid', re('laid out\\b')],
  // "use Numicon to add", "use his break card to ask": the thing used is the aid.
  // ("use single words to ask" is the behaviour itself, not an aid.)
  ['use uses', re(`uses? (?:his |her |their |a |an |the )?(?![${L}-]+(?: [${L}-]+)? (?:words?|phrases?|sentences?|language|voice|speech|signs?|gestures?) to\\b)[${L}-]+(?: [${L}-]+){0,2}? to [${L}]+`)],
  re(`alongside (?:a |an |his |her |their |the )?(?:[${L}]+ )?(?:peers?|adults?|friends?|children|classmates?|class|group|partner|buddy|${PEOPLE})\\b`),
  // The setting or situation.
  // ("during the spring term" is a period, not a situation.)
  re(`during\\s+(?!(?:the |this |next )?(?:autumn |spring |summer )?(?:half[- ])?term\\b)(?:\\d+-)?[${L}]+`),
  // "When re-tested", "when her tutor marks it" only say when success is measured.
  ['when whenever', re(`when(?:ever)?\\s+(?![\\d])(?!(?:re-?)?(?:tested|assessed|checked|measured|reviewed|marking|checking|testing|assessing|reviewing)\\b)(?!(?:his|her|their|the|a|an) [${L}]+ (?:marks?|checks?|assesses|tests?|scores?|reviews?)\\b)[${L}]+`)],
  re(`if (?:he|she|they|[${L}]+) (?:is|feels|gets|becomes|needs|finds|wants|has)\\b`),
  re(`while\\s+[${L}]+`),
  // "will hand in his homework": the verb's particle, not a place ("raise his hand in maths" is one);
  // "improvement in his maths scores": what improves, not where.
  ['in', re(`(?<!(?:improvement|improvements|progress|increase|gains?|interest|confidence|difficulty|difficulties) )(?<!(?:will|to|and|can|must|should|then) (?:hand|fill|log|sign|tuck|plug) )(?<!(?:handed|handing|filled|filling|logged|logging|signed|signing|tucked|tucking) )in (?!line with\\b|time for\\b)(?:the |his |her |their |a |an |all |each |every |any |whole-class |small-group )?(?:(?:\\d+-(?=[${L}])|(?![\\d])(?!out\\b|of\\b))[${L}-]+(?:['’]s)? (?:(?<=(?:set|group|year|room|table|level|stage|phase|band) )\\d+ )?){0,4}?${PLACES}`)],
  // "in 4 out of 5 maths lessons": the unit alone is the criterion's, a qualifier names the situation.
  re(`in \\d+ (?:out of|of|/) \\d+ (?!consecutive\\b)[${L}-]+ (?!(?:tasks?|activities|work|pieces?)\\b)${PLACES}`),
  re(`in front of (?:him|her|them|(?:the|his|her|their|a|an) [${L}]+)`),
  re(`through (?:the |his |her |their |a |an |weekly |daily |regular )?(?:[${L}-]+ ){0,3}?(?:sessions?|groups?|lessons?|activities|games?|play|clubs?|class(?:room)?|platform|app|portal|circuits?|programmes?|programs?|routines?)\\b`),
  // "within 5 minutes of going to the calm corner": the situation the behaviour follows.
  ['going arriving coming returning moving getting', re(`(?<=(?:of|after|on|before) )(?:going|arriving|coming|returning|moving|getting) (?:to|into|in|at) (?:the |a |an |his |her |their )?(?:[${L}-]+ ){0,2}?${PLACES}`)],
  re(`(?:at|before|after|by) (?:the )?(?:start|end|beginning) of (?:(?:the |each |every |a |his |her |their )(?:[${L}-]+['’]s )?(?:(?!(?:at|in|on|by|for)\\b)[${L}-]+ ){0,2}|[${L}-]+['’]s (?:[${L}-]+ )?|(?!(?:term|year|the)\\b)[${L}-]+ (?=(?:lessons?|sessions?|club|group)\\b))?(?:day|lesson|lessons|session|sessions|playtime|break|lunch|lunchtime|assembly|school day|morning|afternoon|group|club)\\b`),
  // ("arrive at school": the school the pupil arrives at is the behaviour's object, not its setting.)
  ['at', re(`at (?:\\d{1,2}[:.]\\d{2} )?(?:break|lunch|lunchtime|playtime|snack|(?<!(?:arrive|arrives|arriving|arrived|get|gets|getting|come|comes|coming|go|goes|going) at )(?:home|school|college|nursery)|(?:morning |afternoon )?registration|(?:(?:morning|afternoon|daily|end-of-day) )?(?:drop-off|pick-up|check-?in|check-?out)|reception|(?:the|his|her|their) (?:[${L}-]+(?:['’]s)? ){0,2}?(?:placement|centre|center|shop|café|cafe|farm|tray|table|door|gate|sink|toilet|peg|carpet|front|kitchen|easel|desk|whiteboard|board|till|counter|canteen|bench|club|base|office|meeting|nursery|entrance|workstation|work station|bus stop|pool|check-?in|check-?out)|(?:[${L}-]+ ){1,2}?club|(?:(?!any\\b|a\\b)[${L}-]+ )?time|(?!all\\b|any\\b|other\\b)[${L}-]+ times)\\b`)],
  re(`on (?:the |a |an |his |her |their )?(?:[${L}-]+ ){0,2}?(?:trips?|visits?|outings?|journeys?|walks?)\\b`),
  // "on his work placement at the garden centre", "on his café placement".
  re(`on (?:a |an |the |his |her |their )?(?:[${L}-]+ )?placements?\\b`),
  // "refuse to get changed for swimming": the lesson it is for.
  ['for', re('for (?:swimming|pe|games|forest school)\\b')],
  re('on (?:arrival|entry|entering|arriving|leaving|the carpet|the (?:school |college |nursery )?(?:mini)?bus|the coach|the train|the playground|walks|trips|the field|the stairs|the way|the walk|the ward|school trips|the climbing frame|the bike|the trike|the computer|transition)\\b'),
  // "on Friday test": the day of the test success is measured on, not a situation.
  re('on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays?|school days?)(?: (?:mornings?|afternoons?|lunchtimes?))?\\b(?! (?:[a-z-]+ )?(?:tests?|quiz(?:zes)?|checks?|assessments?)\\b)'),
  re('(?:before|after|between) (?:lunch|snack|break|play|playtime|school|pe|outdoor|assembly|lessons|activities|meals|tasks|swimming|games|dinner|registration|breakfast|period \\d|lesson \\d)\\b'),
  re('in the (?:mornings?|afternoons?|evenings?)\\b'),
  // What the behaviour follows: "after every incident", "within 24 hours of an incident".
  ['after following within', re('(?:after|following|within (?:\\d+|an?|one|two|three) (?:[a-z]+ )?(?:minutes?|hours?|days?) of) (?:an?|each|every|any) (?:incident|episode|outburst|argument|disagreement|fall-out|meltdown|upset|conflict)\\b')],
  ['before after at', re(`(?:before|after|at the start of|at the end of) (?:each|every) (?:[${L}-]+ )?(?:lessons?|sessions?|day|morning|afternoon|break|playtime|lunchtime)\\b`)],
  // Where the pupil sits or stands: "sitting near the front", "standing next to an adult".
  ['sitting sit sits seated standing stand stands', re(`(?:sitting|sits?|seated|standing|stands?) (?:near|next to|at|beside|by|close to) (?:the |a |an |his |her |their )?(?:front|back|door|window|adult|teacher|table|desk|end)\\b`)],
  [TIMES_OF_DAY, re('(?:tea|supper|breakfast|snack|lunch|break|play|story|carpet|circle|group|tidy[- ]up|home|register|registration|tutor|form|choosing|free[- ]?flow|choice|quiet|outdoor|dinner|bath|bed|reading|pe|swimming|phonics|key ?person|changing|transition|whole[- ]class)[- ]?times?\\b')],
  ['free outdoor role sand water messy small imaginative structured unstructured', re('(?:free|outdoor|role|sand|water|messy|small[- ]world|imaginative|structured|unstructured) play\\b')],
  re('across (?:the )?(?:school|curriculum|settings|subjects|lessons)\\b'),
  re('with (?:one|two|a|another|his|her|their|\\d) (?:other )?(?:child|children|peers?|friends?|classmates?)\\b'),
]);

// "as counted on her word list by her mum", "as recorded in the intervention log", "when tested on
// Fridays": who measures success, where or the day it is measured, not a support or a situation.
// Tested on the few "by …", "on …" and "in …" matches only: as a lookbehind in the rules it ran at
// every such word.
const MEASURED_BY = /\b(?:as )?(?:recorded|observed|measured|assessed|noted|monitored|logged|tracked|judged|counted|checked|marked|timed|ticked(?: off)?|signed(?: off)?|used)\b[^.,;]{0,40}$/;
const MEASURED_ON = /\b(?:tested|checked|assessed|marked|measured|recorded|scored|timed)\b[^.,;]{0,30}$/;
// Written down in a log or a record ("a seat marked for him in each classroom" is where he sits).
const MEASURED_IN = /\b(?:recorded|noted|logged|tracked|written down)\b[^.,;]{0,30}$/;
// "agreed with the education welfare officer", "agreed at the review meeting with her mum": where
// and with whom the target was set, not support ("we agreed that with her teacher reading…" is).
const AGREED_WITH = /\b(?:agreed|discussed|shared|decided|planned)\b(?:(?!\bthat\b)[^.,;:]){0,40}$/;

function measured(p: Prepared, e: Evidence): boolean {
  if ((p.lower.startsWith('with ', e.start) || p.lower.startsWith('at ', e.start)) && AGREED_WITH.test(p.lower.slice(Math.max(0, e.start - 48), e.start))) return true;
  const before = p.lower.startsWith('by ', e.start) ? MEASURED_BY : p.lower.startsWith('on ', e.start) ? MEASURED_ON : p.lower.startsWith('in ', e.start) ? MEASURED_IN : undefined;
  return before !== undefined && before.test(p.lower.slice(Math.max(0, e.start - 60), e.start));
}

// "name 10 objects in English", "count to 10 in French": the language the pupil speaks in, not
// the lesson ("put his hand up in English", "in English lessons" are the lesson).
const IN_A_LANGUAGE = /^in (?:english|french|spanish|german)$/;
const SPEECH_ACTS = words(
  'say says saying name names naming count counts counting speak speaks speaking answer answers answering tell tells telling ask asks asking ' +
    'label labels labelling describe describes describing greet greets greeting request requests requesting reply replies replying respond responds responding write writes writing',
);
const LESSON_WORDS = words('lesson lessons class classes session sessions group groups books book work');

function inALanguage(p: Prepared, e: Evidence): boolean {
  if (!p.lower.startsWith('in ', e.start) || !IN_A_LANGUAGE.test(p.lower.slice(e.start, e.end))) return false;
  const { tokens } = p;
  const at = tokens.findIndex((t) => t.start === e.start);
  const next = tokens[at + 2];
  if (next !== undefined && inSet(next, LESSON_WORDS)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    if (/[.;,]/.test(p.lower.charAt(tokens[k]!.end))) return false; // within the same clause
    if (inSet(tokens[k]!, SPEECH_ACTS)) return true;
  }
  return false;
}

// "catch up with his peers": whom the pupil draws level with, not who supports him.
const caughtUpWith = (p: Prepared, e: Evidence): boolean =>
  p.lower.startsWith('with ', e.start) && /\b(?:catch|catches|catching|keep|keeps|keeping) up $/.test(p.lower.slice(Math.max(0, e.start - 20), e.start));

// "hold a conversation with a peer", "make eye contact with 2 adults": the person the behaviour
// is aimed at is part of the behaviour, not support (a peer buddy or an adult nearby is).
const PARTNER = /^with (?:(?:a|an|one|two|three|another|his|her|their|\d+) )?(?:other )?(?:peers?|friends?|classmates?|adults?|children|child|partner)$/;
const INTERACTION = /\b(?:conversations?|eye contact|chat|chats|chatting|talk|talks|talking|communicate|communicates|communicating|fall-outs?|fallings?-out|arguments?|disagreements?)\b[^,.;]{0,30}$/;
const partnerOfInteraction = (p: Prepared, e: Evidence): boolean =>
  PARTNER.test(p.lower.slice(e.start, e.end)) && INTERACTION.test(p.lower.slice(Math.max(0, e.start - 40), e.start));

// "by himself" is independence; "questions about themselves" is what is asked about, and "wet
// herself", "hurt himself" what happens to the pupil.
const aboutOneself = (p: Prepared, e: Evidence): boolean =>
  /^(?:him|her|them)sel(?:f|ves)$/.test(p.lower.slice(e.start, e.end)) && /\b(?:about|wets?|wetting|soils?|soiling|hurts?|hurting|harms?|harming|injures?|injuring) $/.test(p.lower.slice(Math.max(0, e.start - 10), e.start));

// "on 3 out of 5 playtimes": the unit the success is counted in, not a situation (SMART.md).
const unitOfMeasure = (p: Prepared, e: Evidence): boolean =>
  /times?$/i.test(e.text) && /\b\d+ (?:out of|of) \d+ $/.test(p.lower.slice(Math.max(0, e.start - 14), e.start));

export function checkConditions(p: Prepared): Verdict {
  const rules = matchRules(p, CONDITION_RULES).filter((e) => !measured(p, e) && !inALanguage(p, e) && !caughtUpWith(p, e) && !partnerOfInteraction(p, e) && !unitOfMeasure(p, e));
  const evidence = ordered([...matchWords(p, SUPPORT_WORDS).filter((e) => !aboutOneself(p, e)), ...rules, ...aids(p), ...ownAids(p)].filter((e) => !inAdultSentence(p, e, true)));
  if (evidence.length > 0) return { ok: true, code: 'conditions.stated', evidence };
  return { ok: false, code: 'conditions.missing', evidence: [] };
}
