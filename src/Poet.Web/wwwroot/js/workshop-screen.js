// Projector screen: polls the workshop's JSON and updates the page in place. Without JS, <noscript> refreshes the page.
(function () {
  var root = document.getElementById('workshop-screen');
  if (!root) return;
  var source = root.getAttribute('data-source');
  var interval = parseInt(root.getAttribute('data-interval'), 10) || 1500;

  function field(name) { return root.querySelector('[data-field="' + name + '"]'); }
  function setText(name, value) { var el = field(name); if (el && el.textContent !== String(value)) el.textContent = value; }

  function renderOutcomes(data) {
    var list = field('outcomes');
    var max = Math.max(1, Math.max.apply(null, data.outcomes.map(function (o) { return o.votes; }).concat([0])));
    var items = data.outcomes.map(function (o) {
      var li = document.createElement('li');
      li.className = 'poet-screen-result';
      var wording = document.createElement('span');
      wording.className = 'govuk-body-l';
      wording.textContent = o.wording;
      li.appendChild(wording);
      if (data.showResults) {
        var count = document.createElement('span');
        count.className = 'govuk-body-l';
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
  }

  function poll() {
    fetch(source, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        ['code', 'stage', 'hiddenNote', 'participants', 'comments', 'proposals', 'votesCast', 'votesAvailable'].forEach(function (k) { setText(k, data[k]); });
        renderOutcomes(data);
      })
      .catch(function () { /* keep the last good view; try again on the next tick */ })
      .finally(function () { setTimeout(poll, interval); });
  }
  setTimeout(poll, interval);
})();
