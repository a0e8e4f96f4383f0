// Drag and drop for the Q-sort grid (Pages/Sorting/Grid). It only enhances: each statement's <select> stays the
// source of truth and is what the form posts, so the keyboard route and this one store the same data.
// Pointer events cover mouse, touch and pen; a card can also be tapped and then a column tapped.
(function () {
    'use strict';
    var board = document.querySelector('[data-qsort-board]');
    if (!board || !window.PointerEvent) return;
    var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-qsort-statement]'));
    var columns = Array.prototype.slice.call(board.querySelectorAll('[data-qsort-column]'));
    var tray = board.querySelector('[data-qsort-tray]');
    var status = document.querySelector('[data-qsort-status]');
    var cards = {};
    var selected = null;
    var current = 0;

    selects.forEach(function (select) {
        var number = select.getAttribute('data-qsort-statement');
        var card = document.createElement('div');
        card.className = 'qsort-card';
        card.setAttribute('data-number', number);
        card.setAttribute('data-pile', select.getAttribute('data-qsort-pile'));
        card.title = select.getAttribute('data-qsort-text');
        var strong = document.createElement('span');
        strong.className = 'qsort-card__number';
        strong.textContent = number + '. ';
        card.appendChild(strong);
        card.appendChild(document.createTextNode(select.getAttribute('data-qsort-text')));
        cards[number] = card;
        select.addEventListener('change', render);
    });

    function selectFor(number) {
        return document.querySelector('select[data-qsort-statement="' + number + '"]');
    }

    function placedIn(value) {
        return selects.filter(function (s) { return s.value === value; }).length;
    }

    function say(text) {
        if (status) status.textContent = text;
    }

    function render() {
        columns.forEach(function (column) {
            var value = column.getAttribute('data-qsort-column');
            var holder = column.querySelector('.qsort-column__cards');
            var placed = 0;
            selects.forEach(function (s) {
                if (s.value === value) { holder.appendChild(cards[s.getAttribute('data-qsort-statement')]); placed++; }
            });
            var capacity = parseInt(column.getAttribute('data-qsort-capacity'), 10);
            column.querySelector('[data-qsort-count]').textContent = placed + ' of ' + capacity;
            column.classList.toggle('is-full', placed >= capacity);
            var cell = document.querySelector('[data-qsort-placed="' + value + '"]');
            if (cell) {
                cell.textContent = placed > capacity ? placed + ' (too many)' : String(placed);
                cell.classList.toggle('qsort-counts--over', placed > capacity);
            }
        });
        var trayHolder = tray.querySelector('.qsort-column__cards');
        selects.forEach(function (s) {
            if (s.value === '') trayHolder.appendChild(cards[s.getAttribute('data-qsort-statement')]);
        });
        columns.forEach(function (column, i) { column.classList.toggle('is-current', i === current); });
    }

    // Puts a statement in a column ('' for the tray); a full column refuses, so the grid's counts hold.
    function place(number, value) {
        var select = selectFor(number);
        if (!select || select.value === value) return;
        if (value !== '') {
            var column = board.querySelector('[data-qsort-column="' + value + '"]');
            var capacity = parseInt(column.getAttribute('data-qsort-capacity'), 10);
            if (placedIn(value) >= capacity) {
                say('Column ' + column.querySelector('.qsort-column__label').textContent + ' is full. Move a statement out of it first.');
                return;
            }
        }
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        say(value === '' ? 'Statement ' + number + ' is back with the statements to place.' : 'Statement ' + number + ' placed in column ' + select.options[select.selectedIndex].text.replace('Column ', '') + '.');
    }

    function dropTarget(x, y) {
        var under = document.elementFromPoint(x, y);
        return under ? under.closest('[data-qsort-column], [data-qsort-tray]') : null;
    }

    function valueOf(target) {
        return target.hasAttribute('data-qsort-tray') ? '' : target.getAttribute('data-qsort-column');
    }

    var drag = null;
    board.addEventListener('pointerdown', function (e) {
        var card = e.target.closest('.qsort-card');
        if (!card || e.button !== 0) return;
        drag = { card: card, x: e.clientX, y: e.clientY, moved: false, target: null };
        card.setPointerCapture(e.pointerId);
        e.preventDefault();
    });
    board.addEventListener('pointermove', function (e) {
        if (!drag) return;
        var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) return;
        drag.moved = true;
        drag.card.classList.add('is-dragging');
        drag.card.style.transform = 'translate(' + dx + 'px, ' + dy + 'px)';
        var target = dropTarget(e.clientX, e.clientY);
        if (drag.target && drag.target !== target) drag.target.classList.remove('is-target');
        if (target) target.classList.add('is-target');
        drag.target = target;
    });
    function endDrag(e, cancelled) {
        if (!drag) return;
        var d = drag;
        drag = null;
        d.card.classList.remove('is-dragging');
        d.card.style.transform = '';
        if (d.target) d.target.classList.remove('is-target');
        if (cancelled) return;
        if (d.moved) {
            var target = dropTarget(e.clientX, e.clientY);
            if (target) place(d.card.getAttribute('data-number'), valueOf(target));
            return;
        }
        // A tap: choose this card; the next tap on a column places it.
        if (selected) selected.classList.remove('is-selected');
        selected = selected === d.card ? null : d.card;
        if (selected) selected.classList.add('is-selected');
    }
    board.addEventListener('pointerup', function (e) { endDrag(e, false); });
    board.addEventListener('pointercancel', function (e) { endDrag(e, true); });
    board.addEventListener('click', function (e) {
        if (!selected || e.target.closest('.qsort-card')) return;
        var target = e.target.closest('[data-qsort-column], [data-qsort-tray]');
        if (!target) return;
        var card = selected;
        card.classList.remove('is-selected');
        selected = null;
        place(card.getAttribute('data-number'), valueOf(target));
    });

    board.querySelector('[data-qsort-prev]').addEventListener('click', function () { current = Math.max(0, current - 1); render(); });
    board.querySelector('[data-qsort-next]').addEventListener('click', function () { current = Math.min(columns.length - 1, current + 1); render(); });

    board.hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll('.qsort-js-only'), function (el) { el.hidden = false; });
    // Start the phone view on the highest column: people usually place the statements they agree with most first.
    current = columns.length - 1;
    render();
}());
