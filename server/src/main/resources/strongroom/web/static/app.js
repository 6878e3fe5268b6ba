// Strongroom UI behaviour: a few delegated listeners, no inline handlers (the CSP forbids them).
document.documentElement.classList.add("js");

document.addEventListener("change", function (event) {
  var target = event.target;
  if (target.matches("[data-autosubmit]") && target.form) {
    target.form.requestSubmit();
  }
});

document.addEventListener("click", function (event) {
  var add = event.target.closest("[data-add-row]");
  if (add) {
    var fieldset = add.closest("fieldset");
    var template = document.getElementById("key-row-template");
    var rows = fieldset.querySelector("[data-key-rows]");
    var index = "n" + Date.now().toString(36) + rows.children.length;
    var html = template.innerHTML.split("__i__").join(index);
    rows.insertAdjacentHTML("beforeend", html);
    var input = rows.lastElementChild.querySelector("input[name=key]");
    if (input) { input.focus(); }
    return;
  }
  var remove = event.target.closest("[data-remove-row]");
  if (remove) {
    var row = remove.closest("[data-key-row]");
    var list = row.parentElement;
    row.remove();
    var next = list.querySelector("input[name=key]");
    var fallback = document.querySelector("[data-add-row]");
    (next || fallback).focus();
  }
});
