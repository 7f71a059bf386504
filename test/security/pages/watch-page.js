// Records, before any element loads, everything a test must prove never happens: CSP
// violations, uncaught errors, and every way a script could store data or send it away.
(function watchPage() {
  const record = (window.__ispWatch = { violations: [], errors: [], attempts: [] });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${String(event.reason)}`));

  const attempt = (what) => record.attempts.push(what);
  const wrap = (owner, name, label) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function watched(...args) {
      attempt(`${label}(${String(args[0]).slice(0, 80)})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  wrap(navigator, 'sendBeacon', 'navigator.sendBeacon');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(CacheStorage.prototype, 'open', 'caches.open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { return cookie.get.call(this); },
    set(value) { attempt(`document.cookie = ${String(value).slice(0, 80)}`); cookie.set.call(this, value); },
    configurable: true,
  });
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
    const Original = window[name];
    if (typeof Original !== 'function') continue;
    window[name] = new Proxy(Original, {
      construct(target, args) {
        attempt(`new ${name}(${String(args[0]).slice(0, 80)})`);
        return Reflect.construct(target, args);
      },
    });
  }
})();
