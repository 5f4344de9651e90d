// The board, enhanced. Drag and drop: SortableJS moves the card, htmx posts the move (with the column it left) and
// swaps in the card the server returns, with the new counts of the columns it left and entered. A refused move (409)
// comes back as the card in its real stage, which is put back in its column, with the reason on it.
// The card menu (move, reject, hire) exists once per board and is filled for the card it opens on; keyboard shortcuts
// walk the cards. On a phone one stage shows at a time, chosen with the picker, and cards move with the menu.
// Without JavaScript the card's name leads to the profile, where move, reject and hire are.
document.addEventListener('DOMContentLoaded', () => {
  const board = document.querySelector('.wv-board');
  if (!board) {
    return;
  }
  const canMove = board.hasAttribute('data-can-move') && window.htmx;
  const phone = window.matchMedia('(max-width: 575.98px)');
  const columnOf = (stageId) => board.querySelector('.wv-cards[data-stage-id="' + stageId + '"]');
  const idOf = (card) => card.id.substring('card-'.length);
  const cards = () => Array.from(board.querySelectorAll('.wv-bcard[id]'));
  const menu = document.getElementById('card-menu');
  const help = document.getElementById('shortcuts');
  let current = null;

  const move = (card, toStageId) => {
    const from = card.dataset.stageId;
    if (String(toStageId) === from) {
      return;
    }
    const values = { toStageId: toStageId, fromStageId: from, version: card.dataset.version, returnTo: board.dataset.return };
    // A filtered board counts only the cards the filter shows: the answer's counts must be counted the same way.
    if (board.dataset.q) {
      values.q = board.dataset.q;
    }
    if (board.dataset.source) {
      values.source = board.dataset.source;
    }
    htmx.ajax('POST', '/app/applications/' + idOf(card) + '/move', {
      target: card,
      swap: 'outerHTML',
      values: values,
      headers: { 'X-CSRF-TOKEN': board.dataset.csrf }
    });
  };

  // Drag and drop where there is a mouse or a wide screen; on a phone a drag would fight the scrolling.
  if (canMove && window.Sortable && !phone.matches) {
    board.querySelectorAll('.wv-cards').forEach((list) => {
      Sortable.create(list, {
        group: 'board',
        animation: 120,
        // Pointer events rather than the browser's own drag and drop: the same on touch screens and mice.
        forceFallback: true,
        filter: 'input, select, button, a',
        preventOnFilter: false,
        onEnd: (event) => {
          if (event.from !== event.to) {
            move(event.item, event.to.dataset.stageId);
          }
        }
      });
    });
  }

  // After a swap the card tells its real stage: a moved or refused card goes to the column it is in.
  document.body.addEventListener('htmx:afterSwap', () => {
    cards().forEach((card) => {
      const home = columnOf(card.dataset.stageId);
      if (home && card.parentElement !== home) {
        home.prepend(card);
      }
    });
    // "Nobody in this stage" follows the cards: shown when a drag empties a column, hidden when one fills it.
    board.querySelectorAll('.wv-cards').forEach((list) => {
      const column = list.parentElement;
      const empty = column.querySelector('.wv-column-empty');
      if (empty) {
        empty.hidden = list.children.length > 0 || column.querySelector('.wv-column-more') !== null;
      }
    });
    addMenuButtons();
    if (current && current.id) {
      const again = document.getElementById(current.id);
      if (again) {
        focusCard(again);
      }
    }
  });

  // One small button per card opens the shared menu.
  const menuLabel = menu ? menu.dataset.label : '';
  function addMenuButtons() {
    if (!menu) {
      return;
    }
    cards().forEach((card) => {
      if (card.querySelector('.wv-bcard-menu')) {
        return;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'wv-bcard-menu';
      button.setAttribute('aria-haspopup', 'dialog');
      button.setAttribute('aria-label', menuLabel.replace('@@', card.querySelector('.wv-bcard-name').textContent));
      button.innerHTML = '<i class="bi bi-three-dots-vertical" aria-hidden="true"></i>';
      card.querySelector('.wv-bcard-name').after(button);
    });
  }
  addMenuButtons();

  function openMenu(card) {
    if (!menu || !card) {
      return;
    }
    current = card;
    const id = idOf(card);
    const name = card.querySelector('.wv-bcard-name');
    document.getElementById('card-menu-title').textContent = name.textContent;
    const stage = document.getElementById('card-menu-stage');
    stage.value = card.dataset.stageId;
    document.getElementById('card-menu-reject').href = '/app/applications/' + id + '/reject?returnTo='
      + encodeURIComponent(board.dataset.return);
    document.getElementById('card-menu-open').href = name.href;
    const hire = document.getElementById('card-menu-hire');
    hire.action = '/app/applications/' + id + '/hire';
    hire.querySelector('[name=version]').value = card.dataset.version;
    menu.showModal();
    stage.focus();
  }

  if (menu) {
    document.getElementById('card-menu-move').addEventListener('submit', (event) => {
      event.preventDefault();
      const card = current;
      menu.close();
      if (card) {
        move(card, document.getElementById('card-menu-stage').value);
      }
    });
    board.addEventListener('click', (event) => {
      const button = event.target.closest('.wv-bcard-menu');
      if (button) {
        openMenu(button.closest('.wv-bcard'));
      }
    });
  }
  [menu, help].forEach((dialog) => {
    if (!dialog) {
      return;
    }
    dialog.addEventListener('click', (event) => {
      if (event.target.closest('[data-close]') || event.target === dialog) {
        dialog.close();
      }
    });
    dialog.addEventListener('close', () => {
      if (dialog === menu && current && document.body.contains(current)) {
        focusCard(current);
      }
    });
  });

  // Keyboard: j/k or the arrow keys walk the cards, Enter opens, m moves, r rejects, x ticks, ? lists it all.
  function focusCard(card) {
    current = card;
    cards().forEach((other) => other.classList.toggle('wv-bcard-current', other === card));
    card.querySelector('.wv-bcard-name').focus();
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  const visible = (element) => element.offsetParent !== null;
  function step(delta) {
    const list = current && document.body.contains(current) ? Array.from(current.parentElement.children) : null;
    if (!list) {
      const first = cards().find(visible);
      if (first) {
        focusCard(first);
      }
      return;
    }
    const next = list[list.indexOf(current) + delta];
    if (next) {
      focusCard(next);
    }
  }
  function stepColumn(delta) {
    const lists = Array.from(board.querySelectorAll('.wv-cards')).filter((list) => visible(list.parentElement));
    const at = current && document.body.contains(current) ? lists.indexOf(current.parentElement) : -1;
    for (let i = at + delta; i >= 0 && i < lists.length; i += delta) {
      if (lists[i].firstElementChild) {
        focusCard(lists[i].firstElementChild);
        return;
      }
    }
  }
  const helpButton = document.getElementById('shortcuts-open');
  if (helpButton && help) {
    helpButton.hidden = false;
    helpButton.addEventListener('click', () => help.showModal());
  }
  document.addEventListener('focusin', (event) => {
    const card = event.target.closest && event.target.closest('.wv-bcard[id]');
    if (card && board.contains(card)) {
      current = card;
    }
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector('dialog[open]')
      || target.closest('input, select, textarea, [contenteditable]')) {
      return;
    }
    const onCard = current && document.body.contains(current);
    // Arrow keys walk the cards only from a card: elsewhere they keep scrolling the page and the board.
    if (event.key.startsWith('Arrow') && !target.closest('.wv-bcard')) {
      return;
    }
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        step(1);
        break;
      case 'k':
      case 'ArrowUp':
        step(-1);
        break;
      case 'ArrowRight':
      case 'l':
        stepColumn(1);
        break;
      case 'ArrowLeft':
      case 'h':
        stepColumn(-1);
        break;
      case 'm':
        if (!onCard || !menu) {
          return;
        }
        openMenu(current);
        break;
      case 'r':
        if (!onCard || !menu) {
          return;
        }
        window.location.href = '/app/applications/' + idOf(current) + '/reject?returnTo='
          + encodeURIComponent(board.dataset.return);
        break;
      case 'x': {
        const box = onCard && current.querySelector('input[type=checkbox]');
        if (!box) {
          return;
        }
        box.checked = !box.checked;
        break;
      }
      case '?':
        if (!help) {
          return;
        }
        help.showModal();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  // Sideways scrolling: buttons beside the hint, and shadows at the edges that hide stages.
  const scroll = document.getElementById('board-scroll');
  const frame = board.parentElement;
  const edges = () => {
    frame.classList.toggle('wv-more-left', board.scrollLeft > 4);
    frame.classList.toggle('wv-more-right', board.scrollLeft + board.clientWidth < board.scrollWidth - 4);
    if (scroll) {
      scroll.hidden = phone.matches || board.scrollWidth <= board.clientWidth + 4;
    }
  };
  board.addEventListener('scroll', edges, { passive: true });
  window.addEventListener('resize', edges);
  if (scroll) {
    scroll.addEventListener('click', (event) => {
      const button = event.target.closest('[data-scroll]');
      if (button) {
        board.scrollBy({ left: Number(button.dataset.scroll) * board.clientWidth * 0.8, behavior: 'smooth' });
      }
    });
  }

  // Phone: one stage at a time, switched in place by the picker.
  const picker = document.getElementById('stage-picker');
  const pick = document.getElementById('stage-pick');
  const showStage = (stageId) => {
    board.querySelectorAll('.wv-column').forEach((column) => {
      column.classList.toggle('wv-column-current', column.id === 'column-' + stageId);
    });
  };
  if (picker && pick) {
    picker.classList.add('wv-stage-picker-live');
    board.classList.add('wv-board-one');
    const shown = board.querySelectorAll('.wv-column');
    if (shown.length === 1) {
      pick.value = shown[0].id.substring('column-'.length);
    }
    showStage(pick.value);
    pick.addEventListener('change', () => {
      if (!board.querySelector('#column-' + pick.value)) {
        picker.submit();
        return;
      }
      showStage(pick.value);
    });
  }
  edges();
});
