// Step 1 of a Q-sort (Pages/Sorting/Piles), one statement at a time. It only enhances: the radios stay the form,
// and without this script every statement is listed. A pile chosen by mouse or touch moves on to the next
// statement; choosing by keyboard does not (arrow keys change the choice as they move), so keyboard users
// press "Next statement". Once every statement is in a pile, or the page comes back with errors, all are listed.
(function () {
    'use strict';
    var nav = document.querySelector('[data-qsort-piles-nav]');
    var form = document.querySelector('[data-qsort-piles-form]');
    if (!nav || !form || document.querySelector('.govuk-error-summary')) return;
    var items = Array.prototype.slice.call(form.querySelectorAll('[data-qsort-pile-item]'));
    var position = nav.querySelector('[data-qsort-piles-position]');
    var current = -1;

    function answered(item) { return item.querySelector('input[type=radio]:checked') !== null; }

    function nextUnanswered(from) {
        for (var i = from; i < items.length; i++) if (!answered(items[i])) return i;
        for (var j = 0; j < from; j++) if (!answered(items[j])) return j;
        return -1;
    }

    function showAll() {
        current = -1;
        items.forEach(function (item) { item.hidden = false; });
        nav.hidden = true;
    }

    function show(index, focus) {
        if (index < 0 || index >= items.length) { showAll(); return; }
        current = index;
        items.forEach(function (item, i) { item.hidden = i !== index; });
        var done = items.filter(answered).length;
        position.textContent = 'Statement ' + (index + 1) + ' of ' + items.length + ' (' + done + ' in a pile)';
        nav.querySelector('[data-qsort-piles-prev]').disabled = index === 0;
        if (focus) items[index].querySelector('input[type=radio]').focus();
    }

    // A change that follows a pointer press (on the radio or its label) came from a mouse, a finger or a pen.
    var pressedAt = 0;
    form.addEventListener('pointerdown', function () { pressedAt = Date.now(); });
    form.addEventListener('change', function (e) {
        if (current < 0 || !e.target.matches('input[type=radio]') || Date.now() - pressedAt > 1500) return;
        var next = nextUnanswered(current + 1);
        if (next < 0) showAll(); else show(next, false);
    });
    nav.querySelector('[data-qsort-piles-prev]').addEventListener('click', function () { show(current - 1, true); });
    nav.querySelector('[data-qsort-piles-next]').addEventListener('click', function () { show(current + 1, true); });
    nav.querySelector('[data-qsort-piles-all]').addEventListener('click', showAll);

    var first = nextUnanswered(0);
    if (first < 0) return;
    nav.hidden = false;
    show(first, false);
}());
