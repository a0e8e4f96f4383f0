// Projector screen: fetches the workshop's JSON and updates the page in place. While workshop-live.js has a live
// connection it fetches on each signal and polls only every data-live-interval; otherwise every data-interval.
// Without JS, <noscript> refreshes the page.
(function () {
  var root = document.getElementById('workshop-screen');
  if (!root) return;
  var source = root.getAttribute('data-source');
  var fallback = parseInt(root.getAttribute('data-interval'), 10) || 1500;
  var live = parseInt(root.getAttribute('data-live-interval'), 10) || 30000;
  var interval = fallback, timer = null, busy = false, again = false;

  function field(name) { return root.querySelector('[data-field="' + name + '"]'); }
  function setText(name, value) { var el = field(name); if (el && el.textContent !== String(value)) el.textContent = value; }

  function renderOutcomes(data) {
    var list = field('outcomes');
    var max = Math.max(1, Math.max.apply(null, data.outcomes.map(function (o) { return o.votes; }).concat([0])));
    var items = data.outcomes.map(function (o) {
      var li = document.createElement('li');
      li.className = 'poet-screen-result';
      var wording = document.createElement('span');
      wording.className = 'poet-screen-result__text';
      wording.textContent = o.wording;
      li.appendChild(wording);
      if (data.showResults) {
        var count = document.createElement('span');
        count.className = 'poet-screen-result__text';
        // The same markup as the server's page, so the first refresh does not change how the count looks.
        var number = document.createElement('strong');
        number.textContent = o.votes;
        count.append(' ', number, (o.votes === 1 ? ' vote' : ' votes') + ' ');
        var bar = document.createElement('progress');
        bar.max = max;
        bar.value = o.votes;
        bar.textContent = o.votes;
        li.appendChild(count);
        li.appendChild(bar);
      }
      return li;
    });
    list.replaceChildren.apply(list, items);
    // The layout follows outcomes added and results revealed (the band is the server's, ScreenModel.Band).
    list.setAttribute('data-show-results', data.showResults ? 'true' : 'false');
    if (data.band) root.setAttribute('data-band', data.band);
    // Which view shows (votes, votes by group, the importance x certainty plot) follows the stage (ScreenData.View).
    if (data.view) root.setAttribute('data-view', data.view);
  }

  function poll() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (busy) { again = true; return; }
    busy = true;
    fetch(source, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        ['code', 'stage', 'hiddenNote', 'participants', 'comments', 'proposals', 'votesCast', 'votesAvailable'].forEach(function (k) { setText(k, data[k]); });
        renderOutcomes(data);
      })
      .catch(function () { /* keep the last good view; try again on the next tick */ })
      .finally(function () {
        busy = false;
        if (again) { again = false; poll(); } else timer = setTimeout(poll, interval);
      });
  }
  document.addEventListener('poet:workshop-changed', function () { poll(); });
  document.addEventListener('poet:live', function (e) {
    var next = e.detail && e.detail.connected ? live : fallback;
    if (next === interval) return;
    interval = next;
    if (!busy) { if (timer) clearTimeout(timer); timer = setTimeout(poll, interval); }
  });
  timer = setTimeout(poll, interval);
})();
