// The scorecard page: what autosave is doing, saving again once the connection is back, no autosave racing a submit,
// and on a phone one question at a time. Without JavaScript the form still saves and submits with its buttons.
(function () {
  'use strict';

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  var form = document.getElementById('scorecard');
  if (!form) {
    return;
  }
  var retrying = null;
  var submitting = false;

  function autosaver() {
    var element = document.getElementById('sc-autosaver');
    return element && element.hasAttribute('hx-post') ? element : null;
  }

  function isAutosave(event) {
    return event.target && event.target.id === 'sc-autosaver';
  }

  // The status line is swapped with every answer, so it is looked up each time; its texts stay on the button bar.
  var texts = form.querySelector('.wv-sticky-actions').dataset;
  function show(key, state) {
    var status = document.getElementById('sc-autosave');
    status.className = 'wv-autosave wv-autosave-' + state;
    status.textContent = texts[key];
  }

  function retry() {
    var element = autosaver();
    if (element && !submitting) {
      htmx.trigger(element, 'retry');
    }
  }

  document.body.addEventListener('htmx:beforeRequest', function (event) {
    if (!isAutosave(event)) {
      return;
    }
    if (submitting) {
      event.preventDefault();
      return;
    }
    show('saving', 'saving');
  });
  // No answer at all: the text stays in the form, and the whole form is sent again every few seconds and when the
  // browser says it is online again.
  document.body.addEventListener('htmx:sendError', function (event) {
    if (!isAutosave(event)) {
      return;
    }
    show('offline', 'offline');
    if (!retrying) {
      retrying = window.setInterval(retry, 4000);
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (event) {
    if (isAutosave(event) && event.detail.xhr && event.detail.xhr.status !== 0 && retrying) {
      window.clearInterval(retrying);
      retrying = null;
    }
  });
  window.addEventListener('online', retry);

  // A button press waits for an autosave under way, so it carries the version that autosave got back.
  form.addEventListener('submit', function (event) {
    var element = document.getElementById('sc-autosaver');
    submitting = true;
    if (element && element.classList.contains('htmx-request')) {
      event.preventDefault();
      var submitter = event.submitter;
      element.addEventListener('htmx:afterRequest', function () { form.requestSubmit(submitter); }, { once: true });
    }
  });

  // On a phone: one step (a question, a competency's rating, the overall verdict) at a time.
  var phone = window.matchMedia('(max-width: 767.98px)');
  // A competency's questions first, then its rating; the overall advice last.
  var steps = [];
  form.querySelectorAll('.wv-competency').forEach(function (section) {
    section.querySelectorAll('.wv-question[data-step]').forEach(function (question) { steps.push(question); });
    section.querySelectorAll('.wv-competency-rating[data-step]').forEach(function (rating) { steps.push(rating); });
  });
  form.querySelectorAll('[data-step]').forEach(function (step) {
    if (steps.indexOf(step) < 0) {
      steps.push(step);
    }
  });
  var nav = form.querySelector('.wv-step-nav');
  var count = nav.querySelector('.wv-step-count');
  var previous = nav.querySelector('[data-step-move="-1"]');
  var next = nav.querySelector('[data-step-move="1"]');
  var invalid = form.querySelector('.wv-question-invalid');
  var current = 0;
  steps.forEach(function (step, index) {
    if (invalid && step === invalid) {
      current = index;
    }
  });

  // scroll: bring the step to the top of the window; focus: also move the focus there (after a button press).
  function render(scroll, focus) {
    var stepping = phone.matches;
    nav.hidden = !stepping;
    form.classList.toggle('wv-stepping', stepping);
    steps.forEach(function (step, index) { step.hidden = stepping && index !== current; });
    form.querySelectorAll('.wv-competency').forEach(function (section) {
      section.hidden = stepping && !section.contains(steps[current]);
    });
    count.textContent = count.dataset.label + ' ' + (current + 1) + ' ' + count.dataset.of + ' ' + steps.length;
    previous.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    if (stepping && scroll) {
      var section = steps[current].closest('.wv-competency') || steps[current];
      section.scrollIntoView({ block: 'start' });
    }
    if (stepping && focus) {
      steps[current].setAttribute('tabindex', '-1');
      steps[current].focus({ preventScroll: true });
    }
  }

  function go(index) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    render(true, true);
  }

  previous.addEventListener('click', function () { go(current - 1); });
  next.addEventListener('click', function () { go(current + 1); });
  // A link of the error summary goes to the step that holds its field.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#f-"]');
    var target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (target && phone.matches) {
      steps.forEach(function (step, index) {
        if (step.contains(target)) {
          go(index);
        }
      });
    }
  });
  phone.addEventListener('change', function () { render(false, false); });
  // On a phone the first question, not the page's title, fills the screen: the interviewer is in the conversation.
  render(true, false);
}());
