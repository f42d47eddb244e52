// Maps of service offers with Leaflet, served from /lib/leaflet. Tiles are optional: without a tile URL the map
// still shows the district centres as reference points, the offers' markers and the picked position.
let leafletLoading;

function loadLeaflet() {
  if (window.L) {
    return Promise.resolve(window.L);
  }
  if (!leafletLoading) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/lib/leaflet/leaflet.css';
    document.head.appendChild(css);
    leafletLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/lib/leaflet/leaflet.js';
      script.onload = () => resolve(window.L);
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  return leafletLoading;
}

// options: { tileUrl, attribution, center: [lat, lon], zoom, references: [{ lat, lon, label }], markers: [{ id, lat, lon, label }], pickable }
export async function init(element, options, dotNetRef) {
  const L = await loadLeaflet();
  L.Icon.Default.imagePath = '/lib/leaflet/images/';
  const map = L.map(element, { attributionControl: !!options.tileUrl }).setView(options.center, options.zoom);
  if (options.tileUrl) {
    L.tileLayer(options.tileUrl, { attribution: options.attribution || '', maxZoom: 18 }).addTo(map);
  } else {
    element.classList.add('offer-map--offline');
  }
  for (const reference of options.references || []) {
    L.circleMarker([reference.lat, reference.lon], { radius: 6, color: '#546e7a', weight: 2, fillOpacity: 0.4 })
      .bindTooltip(reference.label, { permanent: true, direction: 'right', className: 'offer-map__reference' })
      .addTo(map);
  }
  const markers = L.layerGroup().addTo(map);
  let picked = null;
  const handle = {
    setMarker(lat, lon) {
      if (picked) {
        picked.setLatLng([lat, lon]);
      } else {
        picked = L.marker([lat, lon], { keyboard: false, title: `${lat.toFixed(5)}, ${lon.toFixed(5)}` }).addTo(map);
      }
      picked.getElement()?.setAttribute('data-picked', 'true');
    },
    setMarkers(list) {
      markers.clearLayers();
      for (const m of list || []) {
        const marker = L.marker([m.lat, m.lon], { title: m.label, alt: m.label }).addTo(markers);
        marker.bindPopup(m.label);
        if (dotNetRef) {
          marker.on('click', () => dotNetRef.invokeMethodAsync('OnMarkerClicked', m.id));
        }
      }
    },
    fit() {
      const bounds = markers.getLayers().map(m => m.getLatLng());
      if (bounds.length > 0) {
        map.fitBounds(L.latLngBounds(bounds).pad(0.2), { maxZoom: 13 });
      }
    },
    dispose() {
      map.remove();
    },
  };
  if (options.pickable && dotNetRef) {
    map.on('click', e => {
      handle.setMarker(e.latlng.lat, e.latlng.lng);
      dotNetRef.invokeMethodAsync('OnMapClicked', e.latlng.lat, e.latlng.lng);
    });
  }
  handle.setMarkers(options.markers);
  if ((options.markers || []).length > 0) {
    handle.fit();
  }
  if (options.picked) {
    handle.setMarker(options.picked.lat, options.picked.lon);
  }
  return handle;
}
