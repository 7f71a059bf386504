// JSX types for the ISP Kit elements in React 19, which sets an element's properties (`plan`,
// `schema`, `value`) as DOM properties and turns `on<event-name>` props into listeners for that
// event. Types only: `import type {} from '@isp-kit/components/react'` once in a React app.
// (`namespace JSX` is how React declares its JSX types: augmenting it needs the same form.)
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { TemplateId } from '@isp-kit/schemas';
import type { IspPlan } from './plan/isp-plan.js';
import type { PlanMode } from './plan/render-context.js';
import type { IspPlanChangeEvent } from './events/plan-change-event.js';
import type { IspPlanErrorEvent } from './events/plan-error-event.js';
import type { IspDateInput } from './date-input/isp-date-input.js';
import type { IspSignature } from './signature/isp-signature.js';
import type { IspReviewStatus } from './review-status/isp-review-status.js';
import type { IspSmartTarget } from './smart-target/isp-smart-target.js';
import type { IspPupilVoice } from './pupil-voice/isp-pupil-voice.js';
import type { IspInterventionLog } from './intervention-log/isp-intervention-log.js';
import type { IspAmendments } from './amendments/isp-amendments.js';

/** The attributes every element takes, typed for the element itself (`ref`, `className`…). */
type Base<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** An element's own public properties (not its methods), all optional, as JSX props. */
type OwnProps<E extends LitElement> = {
  [K in Exclude<keyof E, keyof LitElement>]?: E[K] extends (...args: never[]) => unknown ? never : E[K];
};

/** A part: its own properties plus the attributes every element takes. */
export type PartProps<E extends LitElement> = Omit<Base<E>, keyof OwnProps<E>> & OwnProps<E>;

export interface IspPlanProps extends Omit<Base<IspPlan>, 'onChange'> {
  /** One of the eight template ids (a `schema` renders any other). */
  template?: TemplateId;
  /** `edit` (default), `view` or `print`. */
  mode?: PlanMode;
  /** The plan document; read it back from the element or from `isp-plan-change`. */
  plan?: unknown;
  /** A schema of the same family (a local authority's variant). */
  schema?: IspPlan['schema'];
  /** The form field name: the plan is submitted as JSON under it. */
  name?: string;
  /** The day to judge review windows by, YYYY-MM-DD. */
  today?: string;
  /** A term calendar for review windows in teaching days. */
  calendar?: IspPlan['calendar'];
  /** Who is recorded as making amendments to an agreed plan. */
  amendedBy?: IspPlan['amendedBy'];
  'onisp-plan-change'?: (event: IspPlanChangeEvent) => void;
  'onisp-plan-error'?: (event: IspPlanErrorEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'isp-plan': IspPlanProps;
      'isp-date-input': PartProps<IspDateInput>;
      'isp-signature': PartProps<IspSignature>;
      'isp-review-status': PartProps<IspReviewStatus>;
      'isp-smart-target': PartProps<IspSmartTarget>;
      'isp-pupil-voice': PartProps<IspPupilVoice>;
      'isp-intervention-log': PartProps<IspInterventionLog>;
      'isp-amendments': PartProps<IspAmendments>;
    }
  }
}
