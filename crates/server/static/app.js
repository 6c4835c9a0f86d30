// floorcross: the pages work without this file. It only makes a date slider move the date
// field beside it and send the form when let go.
"use strict";
document.querySelectorAll("input[type=range][data-date-for]").forEach(function (range) {
  var field = document.getElementById(range.getAttribute("data-date-for"));
  if (!field) return;
  var show = function () {
    var d = new Date(Number(range.value) * 86400000);
    field.value = d.toISOString().slice(0, 10);
  };
  range.addEventListener("input", show);
  range.addEventListener("change", function () {
    show();
    range.form.submit();
  });
});
