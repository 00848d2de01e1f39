// Small progressive enhancements; every page works without this file.
document.addEventListener("htmx:responseError", (event) => {
  const status = event.detail.xhr.status;
  const target = event.detail.elt.closest("form") || event.detail.elt;
  const note = document.createElement("p");
  note.className = "error";
  note.setAttribute("role", "alert");
  note.textContent = status === 403 || status === 401
    ? document.documentElement.lang.startsWith("pt") ? "Você não pode fazer isso." : "You cannot do that."
    : document.documentElement.lang.startsWith("pt") ? "Algo deu errado. Tente de novo." : "Something went wrong. Please try again.";
  target.after(note);
  setTimeout(() => note.remove(), 6000);
});
