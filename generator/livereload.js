// Briefing live preview (served by `briefing serve` only; never part of a built site).
// Listens on a WebSocket for news about this page: "reload" (its output changed: reload,
// keeping the scroll position), "gone" (it was removed: go to the page the server names),
// "errors" (the latest build failed: show them over the page) and "ok" (clear them).
// Everything shown is set with textContent: error messages quote the user's content.
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script.getAttribute("data-page") || "";
  var scrollKey = "briefing-preview-scroll:" + page;
  var overlay = null;

  function restoreScroll() {
    var saved = sessionStorage.getItem(scrollKey);
    if (saved === null) return;
    var y = parseFloat(saved);
    var apply = function () { window.scrollTo(0, y); };
    apply();  // the text is already laid out; maps and images may still move it, so again at load
    window.addEventListener("load", function () {
      apply();
      sessionStorage.removeItem(scrollKey);
    });
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    window.location.reload();
  }

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showErrors(errors) {
    hideErrors();
    overlay = document.createElement("div");
    overlay.id = "briefing-preview-errors";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1em 1.25em;background:#1e1e1e;color:#f3f3f3;border-top:4px solid #e5484d;" +
      "font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.4)";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Hide build errors");
    close.style.cssText = "float:right;font:inherit;font-size:18px;background:none;color:inherit;border:0;cursor:pointer";
    close.addEventListener("click", hideErrors);
    var title = document.createElement("strong");
    title.textContent = "Build failed: " + errors.length + " error" + (errors.length === 1 ? "" : "s") +
      " — showing the last good version of this page until they are fixed";
    overlay.appendChild(close);
    overlay.appendChild(title);
    errors.forEach(function (e) {
      var item = document.createElement("pre");
      item.className = "briefing-preview-error";
      item.style.cssText = "margin:.75em 0 0;white-space:pre-wrap;font:inherit";
      item.textContent = e.text;
      overlay.appendChild(item);
    });
    document.body.appendChild(overlay);
  }

  function connect(delay) {
    var params = new URLSearchParams({
      page: page,
      hash: script.getAttribute("data-hash") || "",
      found: script.getAttribute("data-found") || "0"
    });
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + window.location.host + "/__briefing__/socket?" + params);
    socket.onopen = function () { delay = 250; };
    socket.onmessage = function (event) {
      var news = JSON.parse(event.data);
      if (news.type === "reload") reload();
      else if (news.type === "gone") window.location.assign(news.target);
      else if (news.type === "errors") showErrors(news.errors);
      else if (news.type === "ok") hideErrors();
    };
    socket.onclose = function () {
      // The server restarted or stopped: keep trying; on reconnecting, the page's hash
      // tells the server whether it is out of date.
      setTimeout(function () { connect(Math.min(delay * 2, 4000)); }, delay);
    };
  }

  restoreScroll();
  connect(250);
})();
