// Live workshop pages: listens on the workshop hub (SignalR) and refreshes the page's [data-live-part] elements from
// data-live-source when the hub says something changed. The hub sends only the kind of change; the page fetches its
// own HTML with the usual cookies. Without JavaScript the pages work as before (reload links, the projector's
// <noscript> refresh). With JavaScript but no connection, the page polls every data-live-poll milliseconds instead.
// Other scripts (workshop-screen.js) listen for the "poet:workshop-changed" and "poet:live" events on document.
(function () {
  var root = document.querySelector('[data-live-hub]');
  if (!root || !window.fetch || !window.DOMParser) return;
  var source = root.getAttribute('data-live-source');
  var pollEvery = parseInt(root.getAttribute('data-live-poll'), 10) || 0;
  var only = (root.getAttribute('data-live-on') || '').split(' ').filter(Boolean);
  var room = root.getAttribute('data-live-room');
  var round = (root.getAttribute('data-live-round') || '').split(':');
  var status = document.getElementById('live-status');
  var connected = false, busy = false, again = false, timer = null;

  function tell(name, detail) {
    var event;
    try { event = new CustomEvent(name, { detail: detail }); } catch (e) { return; }
    document.dispatchEvent(event);
  }

  function setConnected(value) {
    connected = value;
    document.documentElement.setAttribute('data-poet-live', value ? 'connected' : 'off');
    if (status) status.hidden = !value;
    tell('poet:live', { connected: value });
    schedulePoll();
  }

  // Antiforgery tokens differ on every render: leave them out when deciding whether a part has changed.
  function comparable(el) { return el.innerHTML.replace(/value="CfDJ8[^"]*"/g, ''); }

  function focusKey(el) {
    if (!el || el === document.body || !root.contains(el)) return null;
    if (el.id) return '#' + CSS.escape(el.id);
    if (el.getAttribute('href')) return 'a[href="' + CSS.escape(el.getAttribute('href')) + '"]';
    return null;
  }

  function swap(fresh) {
    var missing = false, headingChanged = false;
    var oldHeading = root.querySelector('h1'), oldText = oldHeading ? oldHeading.textContent : '';
    var key = focusKey(document.activeElement);
    root.querySelectorAll('[data-live-part]').forEach(function (part) {
      var next = part.id && fresh.getElementById(part.id);
      if (!next) { missing = true; return; }
      if (comparable(next) !== comparable(part)) part.innerHTML = next.innerHTML;
    });
    if (missing) return false;
    var heading = root.querySelector('h1');
    headingChanged = heading && heading.textContent !== oldText;
    if (headingChanged) {
      document.title = fresh.title;
      heading.focus(); // a new stage: screen readers read the new heading
    } else if (key && document.activeElement === document.body) {
      var target = root.querySelector(key);
      if (target) target.focus();
    }
    tell('poet:workshop-refreshed', { headingChanged: headingChanged });
    return true;
  }

  function refresh() {
    if (!source) return;
    if (busy) { again = true; return; }
    busy = true;
    fetch(source, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.text().then(function (html) { return { url: r.url, ok: r.ok, html: html }; }); })
      .then(function (res) {
        if (!res.ok) return;
        var fresh = new DOMParser().parseFromString(res.html, 'text/html');
        // The page has gone elsewhere (the workshop closed, or the participant's cookie no longer fits): follow it.
        if (!swap(fresh)) window.location.assign(res.url);
      })
      .catch(function () { /* keep the page as it is; the next signal or poll tries again */ })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  function changed(kind) {
    tell('poet:workshop-changed', { change: kind });
    if (only.length === 0 || only.indexOf(kind) >= 0) refresh();
  }

  function schedulePoll() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (connected || !pollEvery || !source) return;
    timer = setTimeout(function () { refresh(); schedulePoll(); }, pollEvery);
  }

  if (!window.signalR) { setConnected(false); return; }
  var connection = new signalR.HubConnectionBuilder()
    .withUrl(root.getAttribute('data-live-hub'))
    .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
    .configureLogging(signalR.LogLevel.None)
    .build();
  connection.on('changed', changed);

  function subscribe() {
    var ask = room ? connection.invoke('JoinRoom', room) : connection.invoke('WatchRound', parseInt(round[0], 10), parseInt(round[1], 10));
    return ask.then(function (ok) { setConnected(ok === true); });
  }

  connection.onreconnecting(function () { setConnected(false); });
  // Signals sent while the connection was down are lost: catch up once it is back.
  connection.onreconnected(function () { subscribe().then(function () { tell('poet:workshop-changed', { change: 'reconnected' }); refresh(); }); });
  connection.onclose(function () { setConnected(false); });

  setConnected(false);
  connection.start().then(subscribe).catch(function () { setConnected(false); });
})();
