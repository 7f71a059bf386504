// A Vue 3 app that embeds <isp-plan> the way a vendor would, with render functions (the
// runtime-only build compiles no templates, so it runs under the strict CSP): the plan passed
// as a DOM property, edits received through `isp-plan-change`, the mode switched from state.
// Bundled by test/embedding/vue-app.test.ts with esbuild; the elements come from isp-kit.js.
import { createApp, h, ref } from 'vue';
import type { IspPlanChangeEvent, PlanMode } from '@isp-kit/components';
import plan from '../../../packages/schemas/fixtures/individual-provision-map/valid-complete.json';

function childNameOf(document: unknown): string {
  const child = (document as { child?: { name?: unknown } }).child;
  return typeof child?.name === 'string' ? child.name : '';
}

createApp({
  setup() {
    const mode = ref<PlanMode>('edit');
    const changes = ref(0);
    const lastPath = ref('');
    const childName = ref(childNameOf(plan));
    const onChange = (event: IspPlanChangeEvent) => {
      changes.value++;
      lastPath.value = event.path;
      childName.value = childNameOf(event.plan);
    };
    return () =>
      h('main', [
        h('h1', `Support plan for ${childName.value}`),
        h('button', { type: 'button', onClick: () => (mode.value = mode.value === 'edit' ? 'view' : 'edit') }, mode.value === 'edit' ? 'Show as a document' : 'Edit the plan'),
        // `.plan` and `^mode` say property and attribute outright, as a vendor should for objects.
        h('isp-plan', { template: 'individual-provision-map', '^mode': mode.value, '.plan': plan, onIspPlanChange: onChange }),
        h('p', { id: 'draft-status', role: 'status' }, `${changes.value} unsaved change(s); last at ${lastPath.value || 'nothing yet'}`),
      ]);
  },
}).mount('#root');
