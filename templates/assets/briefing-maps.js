/* Briefing maps: markers and popups from the page's JSON block, on folium's Leaflet map.
   Every piece of text goes in with textContent, so nothing in the content can run.
   `briefingMaps.draw(block)` draws a block again after its JSON changed (the live preview
   does, when it updates a page in place): the markers are replaced, a popup that was open
   opens again on its marker, and the view is kept unless the area to fit changed while the
   reader had not moved the map. */
(function () {
  "use strict";
  var STYLES = {
    normal: { color: "#1c5d99", fillColor: "#3d85c6", fillOpacity: 0.55, weight: 2 },
    "single-source": { color: "#9a5b00", fillColor: "#f2b84b", fillOpacity: 0.45, weight: 2 },
    contested: { color: "#a4262c", fillColor: "#e57373", fillOpacity: 0.6, weight: 3, dashArray: "4 3" }
  };

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function popup(marker) {
    var box = element("div", "", "map-popup");
    var title = element("p", "", "map-popup-title");
    title.appendChild(element("strong", marker.name));
    if (marker.hangul) {
      var hangul = element("span", " " + marker.hangul);
      hangul.lang = "ko";
      title.appendChild(hangul);
    }
    box.appendChild(title);
    var list = element("ul");
    marker.lines.forEach(function (line) { list.appendChild(element("li", line)); });
    marker.links.forEach(function (link) {  // (a link without href is a line of text: "and 3 more")
      var item = element("li", link.href ? "" : link.text);
      if (link.href) {
        var anchor = element("a", link.text);
        anchor.setAttribute("href", link.href);
        item.appendChild(anchor);
      }
      (link.flags || []).forEach(function (flag) {  // a claim's, as its page shows them
        item.appendChild(document.createTextNode(" "));
        item.appendChild(element("span", flag, "flag-text map-popup-flag"));
      });
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  // A marker is an SVG path: focusable, named and opened with Enter or Space, so that its
  // popup and links are not for mouse users alone. The popup takes the focus (its links come
  // next, not after every other marker); Escape closes it and gives the focus back.
  function reachable(circle, marker, layer) {
    var path = circle.getElement();
    if (!path) { return; }
    focusRing(circle, path, layer);
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    var count = typeof marker.claims === "number" ? ": " + marker.claims + (marker.claims === 1 ? " claim" : " claims") : "";
    path.setAttribute("aria-label", marker.name + count);
    path.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        circle.openPopup();
        var box = circle.getPopup() && circle.getPopup().getElement();
        var first = box && box.querySelector(".leaflet-popup-content a, .leaflet-popup-close-button");
        if (first) { first.focus(); }
      } else if (event.key === "Escape") {
        circle.closePopup();
      }
    });
    var listening = false;  // Leaflet keeps one popup element per marker: one listener on it
    circle.on("popupopen", function (opened) {
      if (listening) { return; }
      listening = true;
      opened.popup.getElement().addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
          circle.closePopup();
          path.focus();
        }
      });
    });
  }

  // The focused marker's stroke takes the text colour (the stylesheet's :focus-visible) and a
  // ring of the page's colour goes round it: one of the two stands out from whatever shade
  // of province lies under the marker, light or dark (WCAG technique C40). An SVG path has
  // no box-shadow, and a drop-shadow filter would darken its see-through fill.
  function focusRing(circle, path, layer) {
    var ring = null;
    path.addEventListener("focus", function () {
      if (ring || !path.matches(":focus-visible")) { return; }
      // 3 px wide, from where the focused 4 px stroke ends (2 px past the marker's edge)
      ring = L.circleMarker(circle.getLatLng(), { radius: circle.getRadius() + 3.5, weight: 3, fill: false,
                                                  interactive: false, className: "briefing-focus-ring" }).addTo(layer);
      // under its marker: moving the focused path itself (bringToFront) would take its focus
      path.parentNode.insertBefore(ring.getElement(), path);
    });
    path.addEventListener("blur", function () {
      if (ring) { layer.removeLayer(ring); ring = null; }
    });
  }

  var drawn = {};  // map name → what draw() added to it, and the view it left

  // A popup taller or wider than its map (a brief's map is 18rem; a phone's is 320 px wide)
  // would show its last links outside the frame: it scrolls inside the map instead.
  function fitPopup(popup, map) {
    var size = map.getSize();
    var height = Math.max(80, size.y - 90), width = Math.max(120, Math.min(320, size.x - 70));
    if (popup.options.maxHeight !== height || popup.options.maxWidth !== width) {
      popup.options.maxHeight = height;
      popup.options.maxWidth = width;
      popup.update();
    }
  }

  function viewOf(map) {
    var centre = map.getCenter();
    return [centre.lat.toFixed(6), centre.lng.toFixed(6), map.getZoom()].join(",");
  }

  function markerKey(marker) {  // the same place in the next drawing, wherever it moved
    return marker.kind + "|" + marker.name;
  }
  var OUTLINE = { color: "#5b6672", weight: 1, opacity: 0.9, fillColor: "#eef3f9", fillOpacity: 0.75 };

  function draw(block) {
    var data = JSON.parse(block.textContent);
    var map = window[data.map];
    if (!map || !window.L) { return; }
    var before = drawn[data.map];
    var open = null;  // the key of the marker whose popup the reader has open
    if (before) {
      before.layer.eachLayer(function (circle) {
        if (circle.isPopupOpen()) {
          open = circle.briefingKey;
          circle.closePopup();  // (removing its marker would leave it on the map)
        }
      });
      map.removeLayer(before.layer);
      if (before.attribution) { map.attributionControl.removeAttribution(before.attribution); }
    }
    var fit = JSON.stringify([data.fit, data.maxZoom]);
    if (data.outlines && window.briefingOutlines && !(before && before.outlines)) {
      // Province outlines under a brief's or topic's markers (assets/briefing-outlines.js):
      // drawn first, so the markers stay on top and take the clicks.
      L.geoJSON(window.briefingOutlines, { style: OUTLINE, interactive: false }).addTo(map);
    }
    var layer = L.featureGroup().addTo(map);
    data.markers.forEach(function (marker) {
      var style = STYLES[marker.status] || STYLES.normal;
      var options = { radius: marker.radius, className: "briefing-marker status-" + marker.status + " kind-" + marker.kind };
      Object.keys(style).forEach(function (key) { options[key] = style[key]; });
      var circle = L.circleMarker([marker.lat, marker.lon], options).bindPopup(popup(marker), { maxWidth: 320 }).addTo(layer);
      circle.on("popupopen", function (opened) { fitPopup(opened.popup, map); });
      circle.briefingKey = markerKey(marker);
      reachable(circle, marker, layer);
    });
    // A reader who zoomed in on a place keeps that view when a place moves
    var moved = Boolean(before && (before.moved || before.view !== viewOf(map)));
    if (data.fit && (!before || (before.fit !== fit && !moved))) {
      var south = data.fit[0], west = data.fit[1], north = data.fit[2], east = data.fit[3];
      map.fitBounds([[south, west], [north, east]], { padding: [28, 28], maxZoom: data.maxZoom, animate: false });
    }
    var attribution = data.attribution ? element("span", data.attribution).innerHTML : "";
    if (attribution) { map.attributionControl.addAttribution(attribution); }
    if (open !== null) {
      layer.eachLayer(function (circle) { if (circle.briefingKey === open) { circle.openPopup(); } });
    }
    drawn[data.map] = { layer: layer, attribution: attribution, fit: fit, view: viewOf(map), moved: moved,
                        outlines: Boolean(data.outlines && window.briefingOutlines) || Boolean(before && before.outlines) };
    map.getContainer().setAttribute("data-ready", "true");
  }

  window.briefingMaps = { draw: draw };
  document.querySelectorAll('script[type="application/json"][data-map]').forEach(draw);
})();
