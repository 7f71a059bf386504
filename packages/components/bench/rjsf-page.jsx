// react-jsonschema-form on the same page harness, for comparison (bundled by run-bench.js).
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

function Editor({ schema, initial }) {
  const [formData, setFormData] = useState(initial);
  // Counted for the typing measurement: a keystroke's update is done when React committed it.
  useLayoutEffect(() => {
    window.rjsfCommits = (window.rjsfCommits ?? 0) + 1;
  }, [formData]);
  return createElement(Form, { schema, validator, formData, onChange: (event) => setFormData(event.formData) });
}

window.renderRjsf = (schema, plan) => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Editor, { schema, initial: plan })));
  return () => {
    root.unmount();
    container.remove();
  };
};
