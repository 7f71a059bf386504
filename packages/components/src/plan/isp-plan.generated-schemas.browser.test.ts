import { expect } from '@esm-bundle/chai';
import '../define/isp-plan.js';
import type { IspPlan } from './isp-plan.js';
import { mountPlan as mount } from '../test-helpers/mount-plan.js';
import { controlAt as at, typeInto as type } from '../test-helpers/plan-controls.js';
import { collectWarnings } from '../test-helpers/warnings.js';

// Schemas as tools export them (pydantic, Zod-to-JSON-Schema, OpenAPI) rather than as a person
// writes them: nullable fields, `definitions`, class names as titles.

/** Each summary row as "label: answer". */
function answers(element: IspPlan): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="summary-row"]')].map((row) => `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.trim()}`);
}

afterEach(() => {
  document.body.replaceChildren();
});

/** pydantic v2's `Optional[...] = None`: `anyOf` of the type and `{ type: 'null' }`. */
const pydantic = {
  title: 'SupportPlan',
  type: 'object',
  $defs: {
    Address: { title: 'Address', type: 'object', properties: { line1: { title: 'Line1', type: 'string' }, postcode: { anyOf: [{ type: 'string', maxLength: 8 }, { type: 'null' }], default: null, title: 'Postcode' } }, required: ['line1'] },
    Need: { title: 'Need', type: 'string', enum: ['SLCN', 'ASD'] },
  },
  properties: {
    parentCarerEmail: { anyOf: [{ type: 'string', format: 'email' }, { type: 'null' }], default: null, title: 'Parent carer email' },
    age: { anyOf: [{ type: 'integer', minimum: 0, maximum: 25 }, { type: 'null' }], default: null, title: 'Age' },
    need: { anyOf: [{ $ref: '#/$defs/Need' }, { type: 'null' }], default: null },
    address: { anyOf: [{ $ref: '#/$defs/Address' }, { type: 'null' }], default: null },
  },
};

describe('isp-plan with nullable fields written as anyOf with null', () => {
  const plan = () => ({ parentCarerEmail: null, age: null, need: 'ASD', address: { line1: '1 Road', postcode: null }, 'x-vendor': { id: 9 } });

  it('gives each a labelled control to fill in, and edits reach the plan with their path', async () => {
    const element = await mount((each) => {
      each.schema = pydantic;
      each.plan = plan();
    });
    expect(at(element, '/parentCarerEmail').labels![0]!.textContent!.trim()).to.equal('Parent carer email');
    expect(at(element, '/age').labels![0]!.textContent!.trim()).to.equal('Age');
    expect(at(element, '/address/postcode').labels![0]!.textContent!.trim()).to.equal('Postcode');
    expect([...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-pointer="/need"]')].map((radio) => radio.value)).to.deep.equal(['"SLCN"', '"ASD"']);
    const paths: string[] = [];
    element.addEventListener('isp-plan-change', (event) => paths.push(event.path));
    type(at(element, '/age'), '7');
    type(at(element, '/address/line1'), '2 Lane');
    expect(paths).to.deep.equal(['/age', '/address/line1']);
    expect(element.plan).to.deep.equal({ ...plan(), age: 7, address: { line1: '2 Lane', postcode: null } });
  });

  for (const mode of ['view', 'print'] as const) {
    it(`reads a nullable group as its fields, not JSON (${mode})`, async () => {
      const element = await mount((each) => {
        each.schema = pydantic;
        each.mode = mode;
        each.plan = plan();
      });
      expect(answers(element)).to.include.members(['Line1: 1 Road', 'Postcode: Not given']);
      expect(element.shadowRoot!.textContent).not.to.contain('{');
    });
  }
});

describe('isp-plan checking null where a schema allows it', () => {
  // Zod-to-JSON-Schema's `.nullable()`, in a draft-07 schema.
  const zod = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: { upn: { type: ['string', 'null'] }, need: { type: ['string', 'null'], enum: ['semh', 'sensory', null] }, hours: { type: 'integer' } },
    required: ['upn'],
  };

  for (const [what, schema, plan, wrong] of [
    ['a type list with "null"', zod, { upn: null, need: null, hours: 2 }, { upn: null, hours: 'two' }],
    ['anyOf with null', pydantic, { parentCarerEmail: null, age: null, need: null, address: null }, { age: 'seven', address: null }],
  ] as const) {
    it(`takes null as an answer, and still finds a wrong one, validated in full (${what})`, async () => {
      const [element, warnings] = await collectWarnings(() =>
        mount((each) => {
          each.schema = schema;
          each.plan = plan;
        }),
      );
      expect(warnings, 'no structural fallback').to.deep.equal([]);
      expect(element.validity.valid, element.validationMessage).to.equal(true);
      element.plan = wrong;
      expect(element.checkValidity()).to.equal(false);
      expect(element.validationMessage).to.match(/as a whole number, not text/);
    });
  }

  it('enforces a limit inside the nullable branch, in its own words', async () => {
    const [element, warnings] = await collectWarnings(() =>
      mount((each) => {
        each.schema = pydantic;
        each.plan = { age: 30, address: { line1: '1 Road', postcode: 'SW1A 1AA 9' } };
      }),
    );
    expect(warnings).to.deep.equal([]);
    expect(element.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.match(/The age must be 25 or less/);
    expect(element.validationMessage).not.to.match(/null|any of the forms/);
    element.plan = { age: 25, address: { line1: '1 Road', postcode: 'SW1A 1AA 9' } };
    expect(element.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.match(/postcode must be 8 characters or fewer/);
    element.plan = { age: 25, address: { line1: '1 Road', postcode: 'SW1A 1AA' } };
    expect(element.checkValidity(), element.validationMessage).to.equal(true);
  });
});

describe('isp-plan with the string formats generated schemas carry', () => {
  // pydantic's datetime, time, UUID and HttpUrl; Zod's .datetime(), .uuid() and .url() write the same
  // formats. One such field used to cost the whole schema its checks (a structural fallback).
  const schema = {
    title: 'Referral',
    type: 'object',
    properties: {
      id: { format: 'uuid', title: 'Id', type: 'string' },
      created_at: { format: 'date-time', title: 'Created At', type: 'string' },
      starts: { anyOf: [{ format: 'time', type: 'string' }, { type: 'null' }], default: null, title: 'Starts' },
      website: { format: 'uri', maxLength: 2083, minLength: 1, title: 'Website', type: 'string' },
      reason: { maxLength: 20, title: 'Reason', type: 'string' },
    },
    required: ['id', 'created_at'],
  };
  const plan = { id: '3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10', created_at: '2026-03-27T09:30:00.123456Z', starts: '09:30:00+00:00', website: 'https://example.org/school', reason: 'Speech' };

  it('validates the schema in full, with no warning, and finds each wrong value in its own words', async () => {
    const [element, warnings] = await collectWarnings(() =>
      mount((each) => {
        each.schema = schema;
        each.plan = plan;
      }),
    );
    expect(warnings, 'no structural fallback').to.deep.equal([]);
    expect(element.checkValidity(), element.validationMessage).to.equal(true);
    element.plan = { id: '3f2b8c1e', created_at: '2026-03-27 09:30', starts: '25:00:00Z', website: 'example.org', reason: 'Speech and language needs' };
    expect(element.checkValidity()).to.equal(false);
    element.reportValidity();
    await element.updateComplete;
    const summary = element.shadowRoot!.querySelector('.error-summary')!.textContent!;
    for (const message of ['Enter the ID as a UUID', 'Enter the created at as a date and time, for example 2019-03-27T14:30:00Z', 'Enter the starts as a time',
      'Enter the website as a full web address', 'The reason must be 20 characters or fewer']) {
      expect(summary).to.contain(message);
    }
  });
});

describe('isp-plan emptying a field that may be null', () => {
  // Zod's `.nullable()`: the key is required, null is its empty answer.
  const schema = { type: 'object', properties: { upn: { type: ['string', 'null'], title: 'UPN' }, note: { type: 'string' } }, required: ['upn'] };

  it('leaves null, not a missing answer the schema requires', async () => {
    const element = await mount((each) => {
      each.schema = schema;
      each.plan = { upn: 'A123', note: 'n' };
    });
    const changes: unknown[] = [];
    element.addEventListener('isp-plan-change', (event) => changes.push([event.path, event.plan]));
    type(at(element, '/upn'), '');
    type(at(element, '/note'), '');
    expect(element.plan).to.deep.equal({ upn: null });
    expect(changes).to.deep.equal([['/upn', { upn: null, note: 'n' }], ['/note', { upn: null }]]);
    expect(element.checkValidity(), element.validationMessage).to.equal(true);
  });
});

describe('isp-plan with OpenAPI 3.0 nullable fields', () => {
  // OpenAPI 3.0 says `nullable: true`, and a nullable enum lists null among its values.
  const schema = {
    type: 'object',
    properties: { keyWorker: { type: 'string', nullable: true }, band: { type: 'string', nullable: true, enum: ['low', 'high', null] } },
  };

  it('takes null as an empty answer, and offers no option named "null"', async () => {
    const [element] = await collectWarnings(() =>
      mount((each) => {
        each.schema = schema;
        each.plan = { keyWorker: 'Kim', band: null };
      }),
    );
    const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-pointer="/band"]')];
    expect(radios.map((radio) => radio.labels![0]!.textContent)).to.deep.equal(['low', 'high']);
    expect(radios.some((radio) => radio.checked)).to.equal(false);
    type(at(element, '/keyWorker'), '');
    expect(element.plan).to.deep.equal({ keyWorker: null, band: null });
    expect(element.checkValidity(), element.validationMessage).to.equal(true);
  });
});

describe('isp-plan with draft-07 style `definitions` (pydantic v1)', () => {
  const schema = {
    title: 'Plan',
    type: 'object',
    properties: { outcomes: { title: 'Outcomes', type: 'array', items: { $ref: '#/definitions/Outcome' } } },
    definitions: { Outcome: { title: 'Outcome', type: 'object', properties: { text: { title: 'Text', type: 'string', maxLength: 5 } }, required: ['text'] } },
  };

  it('is validated in full, with no warning', async () => {
    const [element, warnings] = await collectWarnings(() =>
      mount((each) => {
        each.schema = schema;
        each.plan = { outcomes: [{ text: 'far too long' }] };
      }),
    );
    expect(at(element, '/outcomes/0/text').labels![0]!.textContent!.trim()).to.equal('Text');
    expect(element.checkValidity()).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });
});

describe('isp-plan with class names as titles (pydantic names each `$defs` entry after its class)', () => {
  const schema = {
    title: 'SupportPlan',
    type: 'object',
    $defs: {
      SenNeedType: { title: 'SenNeedType', type: 'string', enum: ['SLCN', 'ASD'] },
      TargetRecord: { title: 'TargetRecord', type: 'object', properties: { text: { title: 'Text', type: 'string' } } },
    },
    properties: { sen_need_type: { $ref: '#/$defs/SenNeedType' }, targets: { title: 'Targets', type: 'array', items: { $ref: '#/$defs/TargetRecord' } } },
  };

  it('labels fields and rows in words', async () => {
    const element = await mount((each) => {
      each.schema = schema;
      each.plan = { sen_need_type: 'ASD', targets: [{ text: 'Read' }] };
    });
    const root = element.shadowRoot!;
    expect(root.querySelector('fieldset legend')!.textContent!.trim()).to.equal('Sen need type');
    expect(root.querySelector('[data-action="add"]')!.textContent!.trim()).to.equal('Add another target record');
    element.mode = 'view';
    await element.updateComplete;
    expect(answers(element)).to.include('Sen need type: ASD');
    expect(root.querySelector('.read-row .row-heading')!.textContent).to.equal('Target record 1');
  });
});
