// A React 19 app that embeds <isp-plan> the way a vendor would: the plan passed as a property,
// edits received through `isp-plan-change`, the mode switched from React state. Bundled by
// test/embedding/react-app.test.ts with esbuild; the elements come from isp-kit.js.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { IspPlanChangeEvent, PlanMode } from '@isp-kit/components';
// The package's JSX types for the elements, as a React app opts in to them.
import type {} from '@isp-kit/components/react';
import plan from '../../../packages/schemas/fixtures/individual-provision-map/valid-complete.json';

interface Draft {
  changes: number;
  lastPath: string;
  childName: string;
}

function childNameOf(document: unknown): string {
  const child = (document as { child?: { name?: unknown } }).child;
  return typeof child?.name === 'string' ? child.name : '';
}

function PlanPage() {
  const [mode, setMode] = useState<PlanMode>('edit');
  const [draft, setDraft] = useState<Draft>({ changes: 0, lastPath: '', childName: childNameOf(plan) });

  const onChange = (event: IspPlanChangeEvent) => {
    setDraft((previous) => ({ changes: previous.changes + 1, lastPath: event.path, childName: childNameOf(event.plan) }));
  };

  return (
    <main>
      <h1>Support plan for {draft.childName}</h1>
      <button type="button" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
        {mode === 'edit' ? 'Show as a document' : 'Edit the plan'}
      </button>
      <isp-plan template="individual-provision-map" mode={mode} plan={plan} onisp-plan-change={onChange} />
      <p id="draft-status" role="status">
        {draft.changes} unsaved change(s); last at {draft.lastPath || 'nothing yet'}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlanPage />
  </StrictMode>,
);
