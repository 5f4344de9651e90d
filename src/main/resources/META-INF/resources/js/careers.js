// Tells a candidate at once that their CV is too large, instead of after a long upload.
// Only an enhancement: the server checks the same and answers with the same message.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach((input) => {
    const error = document.getElementById(input.id + '-error');
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      const tooLarge = file && file.size > Number(input.dataset.maxBytes);
      input.classList.toggle('is-invalid', Boolean(tooLarge));
      input.setAttribute('aria-invalid', tooLarge ? 'true' : 'false');
      if (error) {
        error.hidden = !tooLarge;
        if (tooLarge) {
          error.querySelector('span').textContent = input.dataset.tooLarge;
        }
      }
      input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    });
    input.form.addEventListener('submit', (event) => {
      if (!input.checkValidity()) {
        event.preventDefault();
        input.focus();
      }
    });
  });
});

// The sticky "apply" bar on phones steps aside while the apply form itself is on screen.
document.addEventListener('DOMContentLoaded', () => {
  const bar = document.querySelector('.wv-apply-bar');
  const form = document.getElementById('solliciteren');
  if (!bar || !form || !('IntersectionObserver' in window)) {
    return;
  }
  new IntersectionObserver((entries) => {
    entries.forEach((entry) => bar.classList.toggle('wv-out-of-sight', entry.isIntersecting));
  }).observe(form);
});
