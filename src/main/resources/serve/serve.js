// Progress for large uploads on the portfolio and plan pages. Without JavaScript the form posts as
// usual; with it, the upload shows how far it is, then the report replaces the page when it is done.
document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('form[data-progress]')) {
    form.dataset.progress = 'ready';
    form.addEventListener('submit', event => {
      const bar = form.querySelector('progress');
      const status = form.querySelector('.progress-status');
      if (!bar || !status || !window.FormData) {
        return;
      }
      event.preventDefault();
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      bar.hidden = false;
      xhr.upload.onprogress = e => {
        if (e.lengthComputable) {
          bar.max = e.total;
          bar.value = e.loaded;
          status.textContent = 'Uploading: ' + Math.round(100 * e.loaded / e.total) + '%';
        }
      };
      xhr.upload.onload = () => {
        bar.removeAttribute('value');
        status.textContent = 'Uploaded; assessing…';
      };
      xhr.onprogress = e => {
        status.textContent = 'Assessing: ' + Math.round(e.loaded / 1024) + ' KiB of the report so far';
      };
      xhr.onload = () => {
        document.open();
        document.write(xhr.responseText);
        document.close();
      };
      xhr.onerror = () => {
        bar.hidden = true;
        status.textContent = 'The upload failed. Try again.';
      };
      xhr.send(new FormData(form));
    });
  }
});
