/*
 * Poverty-dashboard embeds: resizes each <iframe data-pd-embed> to the height its chart
 * reports. Only the frame whose window sent the message is resized, so another frame on
 * the page cannot resize ours. Load it once, before or after the iframes, with
 * <script src=".../embed.js" async></script>. The message names and limits repeat
 * src/modes/embed/resizeMessage.ts.
 */
(function () {
  'use strict';
  var RESIZE = 'poverty-dashboard:resize';
  var PING = 'poverty-dashboard:ping';
  var MIN = 50;
  var MAX = 5000;
  if (window.__povertyDashboardEmbed) return;
  window.__povertyDashboardEmbed = true;

  function frames() {
    return document.querySelectorAll('iframe[data-pd-embed]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function valid(data) {
    return (
      typeof data === 'object' &&
      data !== null &&
      data.type === RESIZE &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= MIN &&
      data.height <= MAX
    );
  }

  window.addEventListener('message', function (event) {
    if (!valid(event.data) || !event.source) return;
    // Queried on every message, so iframes added after this script are found too.
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.style.height = Math.ceil(event.data.height) + 'px';
      return;
    }
  });

  // Frames that loaded before this script have already reported; ask them again.
  function ping() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var win = list[i].contentWindow;
      if (win) win.postMessage({ type: PING }, '*');
    }
  }
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
})();
