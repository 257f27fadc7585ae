// Small helpers only; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      // A file over the limit is refused here, so the reviewer keeps everything typed on the form.
      var input = form.querySelector("input[type=file][data-max-bytes]");
      var note = document.getElementById("e-document-js");
      if (input && input.files && input.files.length) {
        var max = parseInt(input.getAttribute("data-max-bytes"), 10);
        if (input.files[0].size > max) {
          event.preventDefault();
          if (note) {
            note.textContent = input.getAttribute("data-too-large");
            note.hidden = false;
          }
          input.setAttribute("aria-invalid", "true");
          input.focus();
          return;
        }
      }
      if (note) { note.hidden = true; }
      // A check takes a few seconds: show it is running and prevent a second submission.
      var button = form.querySelector("button[type=submit]");
      if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute("data-busy");
      }
    });
  });
});
