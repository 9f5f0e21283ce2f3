// Show the browser's build as it runs: poll the status, then reload the page when it ends.
(function () {
  "use strict";
  function poll(box) {
    fetch(box.dataset.status, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (s) {
      document.getElementById("build-state").textContent = s.state;
      var list = document.getElementById("build-steps");
      list.replaceChildren.apply(list, s.steps.map(function (t) { var li = document.createElement("li"); li.textContent = t; return li; }));
      if (s.state === "running") { setTimeout(function () { poll(box); }, 1000); } else { window.location.reload(); }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("progress");
    if (box && box.dataset.state === "running") { setTimeout(function () { poll(box); }, 1000); }
  });
})();
