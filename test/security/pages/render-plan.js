// The host page's own code: puts one <isp-plan> in the form, the way a portal would, and keeps
// what a submit would send instead of navigating away.
const slot = document.getElementById('plan-slot');
const form = document.getElementById('plan-form');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.__ispSubmitted = Object.fromEntries(new FormData(form));
});

/** Renders `plan` with `template` in `mode`, and resolves once the element and its parts drew. */
window.__ispRender = async (template, mode, plan) => {
  await customElements.whenDefined('isp-plan');
  const element = document.createElement('isp-plan');
  element.setAttribute('name', 'plan');
  element.template = template;
  element.mode = mode;
  if (plan !== undefined) element.plan = plan;
  slot.replaceChildren(element);
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return element.shadowRoot !== null && element.shadowRoot.childElementCount > 0;
};

window.__ispReady = true;
