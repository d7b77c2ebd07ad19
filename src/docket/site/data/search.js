// The search page: Pagefind's UI, with result links relative to where the site is served.
window.addEventListener("DOMContentLoaded", function () {
  var base = new URL("..", window.location.href).pathname;
  var box = document.getElementById("search");
  new PagefindUI({ element: "#search", showSubResults: true, baseUrl: base,
                   translations: document.documentElement.lang === "da" ? {
                     placeholder: "Søg", zero_results: "Intet fundet for [SEARCH_TERM]",
                     clear_search: "Ryd", load_more: "Vis flere" } : {} });
  var field = box.querySelector("input");
  if (field) { field.setAttribute("aria-label", box.getAttribute("data-label")); }
});
