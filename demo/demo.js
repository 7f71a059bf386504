// The demo page: pick a template, a mode and an example; submitting the form checks the plan
// (GOV.UK error summary when something is wrong) and shows the JSON the form would send.
// Styles go through a constructed stylesheet: the page's CSP allows no inline <style>.
import { templateIds } from '/packages/components/dist/isp-kit.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  body { font-family: arial, sans-serif; margin: 0 auto; max-width: 1000px; padding: 0 20px 40px; color: #0b0c0c; }
  .demo-controls { display: flex; flex-wrap: wrap; gap: 10px 15px; align-items: center; margin-bottom: 30px; }
  .demo-controls select, button { font: inherit; min-height: 40px; }
  pre { white-space: pre-wrap; background: #f3f2f1; padding: 15px; max-height: 30em; overflow: auto; }
  @media print { .demo-header, #plan-form > p, h2, #status, pre { display: none; } }
`);
document.adoptedStyleSheets = [sheet];

const plan = document.getElementById('plan');
const choose = document.getElementById('choose');
const templateSelect = document.getElementById('template');
const output = document.getElementById('output');
const status = document.getElementById('status');

for (const id of templateIds ?? []) templateSelect.append(new Option(id, id, id === plan.template, id === plan.template));

async function load() {
  const template = templateSelect.value;
  const fixture = choose.elements.fixture.value;
  const response = await fetch(`/packages/schemas/fixtures/${template}/${fixture}`);
  plan.template = template;
  plan.mode = choose.elements.mode.value;
  plan.plan = response.ok ? await response.json() : undefined;
  output.textContent = '';
  status.textContent = '';
}

choose.addEventListener('change', load);
plan.addEventListener('isp-plan-error', (event) => (status.textContent = `isp-plan-error (${event.code}): ${event.reason}`));

document.getElementById('plan-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!plan.reportValidity()) {
    status.textContent = 'The plan has problems: see the summary at the top of the plan.';
    return;
  }
  const data = new FormData(event.target);
  status.textContent = 'The plan is valid. This is what the form submits:';
  output.textContent = JSON.stringify(JSON.parse(String(data.get('plan'))), null, 2);
});

await load();
