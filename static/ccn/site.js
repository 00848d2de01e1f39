// Small progressive enhancements; every page works without this file.
document.addEventListener("htmx:responseError", (event) => {
  const xhr = event.detail.xhr;
  const status = xhr.status;
  const target = event.detail.elt.closest("form") || event.detail.elt;
  const pt = document.documentElement.lang.startsWith("pt");
  // A refusal the server explains in plain text (e.g. which privilege is missing) is shown as is.
  const explained = (xhr.getResponseHeader("Content-Type") || "").startsWith("text/plain")
    && xhr.responseText.trim();
  const fallback = status === 403 || status === 401
    ? pt ? "Você não pode fazer isso." : "You cannot do that."
    : pt ? "Algo deu errado. Tente de novo." : "Something went wrong. Please try again.";
  const previous = target.nextElementSibling;
  if (previous && previous.classList.contains("htmx-refusal")) previous.remove();
  const note = document.createElement("p");
  note.className = "error htmx-refusal";
  note.setAttribute("role", "alert");
  note.textContent = explained || fallback;
  target.after(note);
  setTimeout(() => note.remove(), explained ? 15000 : 6000);
});
