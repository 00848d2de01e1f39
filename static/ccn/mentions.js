// @mention completion: after "@" in an answer or a comment, the names of the members
// taking part in this thread, fetched once from the address #mention-menu-label gives.
// Choosing one writes its handle, the name with "_" for spaces, which is what notifies them.
const label = document.getElementById("mention-menu-label");
let members = null;

function loadMembers() {
  members ??= fetch(label.dataset.namesUrl, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : { members: [] }))
    .then((data) => data.members)
    .catch(() => []);
  return members;
}

function menuFor(list, text) {
  const wanted = text.toLowerCase();
  const matches = list
    .filter((m) => m.name.toLowerCase().includes(wanted) || m.handle.toLowerCase().startsWith(wanted))
    .slice(0, 8);
  const menu = document.createElement("ul");
  menu.className = "mention-menu";
  menu.setAttribute("role", "listbox");
  menu.setAttribute("aria-labelledby", "mention-menu-label");
  matches.forEach((member, index) => {
    const option = document.createElement("li");
    option.setAttribute("role", "option");
    option.id = `mention-option-${index}`;
    option.dataset.value = `@${member.handle}`;
    option.textContent = member.name;
    menu.append(option);
  });
  return { matched: matches.length > 0, fragment: menu };
}

if (label) {
  for (const expander of document.querySelectorAll("text-expander[keys='@']")) {
    expander.addEventListener("text-expander-change", (event) => {
      const { key, provide, text } = event.detail;
      if (key === "@") provide(loadMembers().then((list) => menuFor(list, text)));
    });
    expander.addEventListener("text-expander-value", (event) => {
      if (event.detail.key === "@") event.detail.value = event.detail.item.dataset.value;
    });
  }
}
