// Drag and drop on the board: SortableJS moves the card, htmx posts the move (with the column it left) and swaps
// in the card the server returns, with the new counts of the columns it left and entered. A refused move (409)
// comes back as the card in its real stage, which is put back in its column, with the reason on it. Without
// JavaScript every card has a move form instead.
document.addEventListener('DOMContentLoaded', () => {
  const board = document.querySelector('.wv-board[data-can-move]');
  if (!board || !window.Sortable || !window.htmx) {
    return;
  }
  const columnOf = (stageId) => board.querySelector('.wv-cards[data-stage-id="' + stageId + '"]');

  board.querySelectorAll('.wv-cards').forEach((list) => {
    Sortable.create(list, {
      group: 'board',
      animation: 120,
      // Pointer events rather than the browser's own drag and drop: the same on touch screens and mice.
      forceFallback: true,
      filter: 'input, select, button, a, summary',
      preventOnFilter: false,
      onEnd: (event) => {
        const card = event.item;
        const target = event.to.dataset.stageId;
        if (event.from === event.to) {
          return;
        }
        htmx.ajax('POST', '/app/applications/' + card.dataset.applicationId + '/move', {
          target: card,
          swap: 'outerHTML',
          values: {
            toStageId: target,
            fromStageId: event.from.dataset.stageId,
            version: card.dataset.version,
            returnTo: board.dataset.return
          },
          headers: { 'X-CSRF-TOKEN': board.dataset.csrf }
        });
      }
    });
  });

  // After a swap the card tells its real stage: a refused move puts it back where it is.
  document.body.addEventListener('htmx:afterSwap', (event) => {
    board.querySelectorAll('.wv-bcard[data-stage-id]').forEach((card) => {
      const home = columnOf(card.dataset.stageId);
      if (home && card.parentElement !== home) {
        home.prepend(card);
      }
    });
    board.querySelectorAll('.wv-cards').forEach((list) => {
      const empty = list.parentElement.querySelector('.wv-column-empty');
      if (empty) {
        empty.hidden = list.children.length > 0;
      }
    });
  });
});
