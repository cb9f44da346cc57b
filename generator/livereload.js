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

  // --- in-place update -------------------------------------------------------
  // A "reload" that carries the page as it was ("was") and as it is now ("html") is put in
  // place without loading the page again: quicker, no flash, and the reader keeps scroll
  // position, open <details> and the map as they are. A map's data (its JSON block) may
  // change: the theme's briefingMaps.draw redraws it. Anything this cannot do exactly — a
  // different <head> (bar its <title>), any other script changed, a node a script or the
  // reader has altered that would need replacing — falls back to a real reload.

  function isOurs(node) {
    return node.nodeName === "SCRIPT" && node.getAttribute("src") === script.getAttribute("src");
  }

  var MAP_DATA = 'script[type="application/json"][data-map]';

  function scriptsOf(doc) {  // the code a page runs; its maps' data may differ
    return Array.prototype.filter.call(doc.querySelectorAll("script"), function (s) {
      return !isOurs(s) && !s.matches(MAP_DATA);
    }).map(function (s) { return s.outerHTML; }).join("\n");
  }

  function mapData(doc) {
    return Array.prototype.map.call(doc.querySelectorAll(MAP_DATA), function (s) { return s.textContent; });
  }

  function headWithoutTitle(doc) {
    var head = doc.head.cloneNode(true);
    head.querySelectorAll("title").forEach(function (t) { t.remove(); });
    return head;
  }

  function sameAttributes(a, b) {
    if (a.attributes.length !== b.attributes.length) return false;
    return Array.prototype.every.call(a.attributes, function (at) { return b.getAttribute(at.name) === at.value; });
  }

  function copyAttributes(live, now) {
    Array.prototype.slice.call(live.attributes).forEach(function (at) {
      if (!now.hasAttribute(at.name)) live.removeAttribute(at.name);
    });
    Array.prototype.forEach.call(now.attributes, function (at) { live.setAttribute(at.name, at.value); });
  }

  function childrenOf(live) {  // the error overlay is ours, not the page's
    return Array.prototype.filter.call(live.childNodes, function (n) { return n !== overlay; });
  }

  // Plans the edits turning `live` (which showed `was`) into `now`; false when not exact.
  function plan(live, was, now, edits) {
    if (was.isEqualNode(now)) return true;
    if (!live || live.nodeName !== was.nodeName) return false;
    if (was.nodeType !== 1 || was.nodeName !== now.nodeName || was.childNodes.length !== now.childNodes.length) {
      if (!live.isEqualNode(was)) return false;  // altered since it was served: replacing would lose that
      edits.push(function () { live.replaceWith(document.importNode(now, true)); });
      return true;
    }
    var kids = childrenOf(live);
    if (kids.length !== was.childNodes.length) return false;
    if (!sameAttributes(was, now)) {
      if (!sameAttributes(live, was)) return false;
      edits.push(function () { copyAttributes(live, now); });
    }
    for (var i = 0; i < kids.length; i++) {
      if (!plan(kids[i], was.childNodes[i], now.childNodes[i], edits)) return false;
    }
    return true;
  }

  function patch(wasHtml, html) {
    var parser = new DOMParser();
    var was = parser.parseFromString(wasHtml, "text/html");
    var now = parser.parseFromString(html, "text/html");
    var mine = Array.prototype.filter.call(was.querySelectorAll("script"), isOurs)[0];
    if (!mine || mine.getAttribute("data-hash") !== script.getAttribute("data-hash")) return false;
    if (!headWithoutTitle(was).isEqualNode(headWithoutTitle(now)) || scriptsOf(was) !== scriptsOf(now) ||
        !sameAttributes(was.documentElement, now.documentElement) || !sameAttributes(was.body, now.body)) {
      return false;
    }
    var before = mapData(was), after = mapData(now);
    // (a map added or removed changes the scripts that set maps up, caught above)
    var redraw = before.some(function (text, i) { return text !== after[i]; });
    if (redraw && !(window.briefingMaps && window.briefingMaps.draw)) return false;
    var edits = [];
    if (!plan(document.body, was.body, now.body, edits)) return false;
    edits.forEach(function (edit) { edit(); });
    document.title = now.title;
    if (redraw) {
      document.querySelectorAll(MAP_DATA).forEach(function (block, i) {
        if (before[i] !== after[i]) window.briefingMaps.draw(block);
      });
    }
    return true;
  }

  function update(news) {
    var done = false;
    if (news.was && news.html) {
      try { done = patch(news.was, news.html); } catch (e) { done = false; }
    }
    if (!done) reload();
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
      if (news.type === "reload") update(news);
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
