// JSX types for the ISP Kit elements in React 19, which sets an element's properties (`plan`,
// `schema`) as DOM properties and turns `on<event-name>` props into listeners for that event.
// Proposed for packages/components/src/react.d.ts; kept here, beside the app that proves it.
// (`namespace JSX` is how React declares its JSX types: augmenting it needs the same form.)
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type {
  IspDateInput,
  IspPlan,
  IspPlanChangeEvent,
  IspPlanErrorEvent,
  IspReviewStatus,
  IspSignature,
  PlanMode,
} from '@isp-kit/components';
import type { TemplateId } from '@isp-kit/schemas';

/** The attributes every element takes, typed for the element itself (`ref`, `className`…). */
type Base<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** An element's own public properties, all optional, as JSX props. */
type OwnProps<E extends LitElement> = Partial<Omit<E, keyof LitElement | 'checkValidity' | 'reportValidity'>>;

export interface IspPlanProps extends Omit<Base<IspPlan>, 'onChange'> {
  /** One of the eight template ids (a `schema` renders any other). */
  template?: TemplateId;
  /** `edit` (default), `view` or `print`. */
  mode?: PlanMode;
  /** The plan document; read it back from the element or from `isp-plan-change`. */
  plan?: unknown;
  /** A schema of the same family (a local authority's variant). */
  schema?: object;
  /** The form field name: the plan is submitted as JSON under it. */
  name?: string;
  'onisp-plan-change'?: (event: IspPlanChangeEvent) => void;
  'onisp-plan-error'?: (event: IspPlanErrorEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'isp-plan': IspPlanProps;
      'isp-date-input': Base<IspDateInput> & OwnProps<IspDateInput>;
      'isp-signature': Base<IspSignature> & OwnProps<IspSignature>;
      'isp-review-status': Base<IspReviewStatus> & OwnProps<IspReviewStatus>;
    }
  }
}
