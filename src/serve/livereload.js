// vitae serve: live reload. Added to pages by `vitae serve` only, never by `vitae build`.
// Listens on /__vitae/livereload for {type: "reload" | "css" | "error"} messages.
(function () {
  "use strict";
  if (window.__vitaeLiveReload) return;
  // `connected` tells tests (and the curious) that the socket is open.
  var state = (window.__vitaeLiveReload = { connected: false });

  var SCROLL_KEY = "vitae-serve-scroll:" + location.pathname;
  var OVERLAY_ID = "vitae-error-overlay";

  // Put the page back where it was before a reload.
  var saved = sessionStorage.getItem(SCROLL_KEY);
  if (saved) {
    sessionStorage.removeItem(SCROLL_KEY);
    var pos = JSON.parse(saved);
    var restore = function () { window.scrollTo(pos[0], pos[1]); };
    if (document.readyState === "complete") restore();
    else window.addEventListener("load", restore);
  }

  function reload() {
    sessionStorage.setItem(SCROLL_KEY, JSON.stringify([window.scrollX, window.scrollY]));
    location.reload();
  }

  // Re-link every stylesheet with a fresh query; the old link goes once the new one
  // has loaded, so the page never shows unstyled.
  function swapStylesheets() {
    var links = document.querySelectorAll("link[rel~='stylesheet' i]");
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      url.searchParams.set("vitae-reload", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      var done = function () { link.remove(); };
      fresh.addEventListener("load", done);
      fresh.addEventListener("error", done);
      link.after(fresh);
    });
  }

  function hideError() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) old.remove();
  }

  // The build error over the page, in a shadow root so the page's styles don't reach it.
  // The message is set as text, never as HTML.
  function showError(message) {
    hideError();
    var host = document.createElement("div");
    host.id = OVERLAY_ID;
    host.setAttribute("role", "alert");
    host.style.cssText = "all:initial;position:fixed;inset:0;z-index:2147483647;";
    var root = host.attachShadow({ mode: "open" });
    root.innerHTML =
      "<style>" +
      ".back{position:fixed;inset:0;background:rgba(20,20,24,.72);display:flex;align-items:flex-start;justify-content:center;padding:6vh 4vw;box-sizing:border-box;font:15px/1.45 system-ui,sans-serif}" +
      ".box{background:#fff;color:#1b1b1f;max-width:70rem;width:100%;max-height:88vh;overflow:auto;border-top:6px solid #c62828;border-radius:6px;padding:1.2rem 1.5rem;box-shadow:0 10px 40px rgba(0,0,0,.4)}" +
      "h1{font-size:1.1rem;margin:0 0 .8rem;color:#c62828}" +
      "pre{font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;word-break:break-word;background:#fbf3f3;padding:.8rem 1rem;border-radius:4px;margin:0}" +
      "p{margin:.8rem 0 0;color:#555}button{float:right;border:0;background:none;font-size:1.4rem;cursor:pointer;color:#555}" +
      "</style>" +
      "<div class='back'><div class='box'><button title='Hide until the next build' aria-label='Close'>×</button>" +
      "<h1>The build failed</h1><pre></pre>" +
      "<p>This page is the last good build. Fix the file and save: the page reloads by itself.</p></div></div>";
    root.querySelector("pre").textContent = message;
    root.querySelector("button").addEventListener("click", hideError);
    document.documentElement.appendChild(host);
  }

  var everConnected = false;
  var attempts = 0;

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/__vitae/livereload");
    socket.onopen = function () {
      attempts = 0;
      state.connected = true;
      // The server went away and came back: the site may have changed meanwhile.
      if (everConnected) reload();
      everConnected = true;
    };
    socket.onmessage = function (message) {
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      if (event.type === "reload") reload();
      else if (event.type === "css") { hideError(); swapStylesheets(); }
      else if (event.type === "error") showError(event.message);
    };
    socket.onclose = function () {
      state.connected = false;
      attempts += 1;
      setTimeout(connect, Math.min(250 * attempts, 2000));
    };
  }

  connect();
})();
