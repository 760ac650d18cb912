// The chart element of the timeline and the map: draws a plotly figure with the light plotly.js bundle
// the app ships (static/vendor, 1.4 MB: scatter, scattergeo, choropleth) instead of the 4.7 MB bundle of
// st.plotly_chart, at the container's width from the start (one drawing, not two), in Streamlit's theme
// colours. Selected marks go back to Python as the first customdata value of each point (`selected`).

function loadPlotly(src) {
  if (window.Plotly && window.Plotly.react) return Promise.resolve(window.Plotly);
  if (!window.__uctPlotly) {
    window.__uctPlotly = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => { window.__uctPlotly = null; reject(new Error(`could not load ${src}`)); };
      document.head.appendChild(script);
    });
  }
  return window.__uctPlotly;
}

function withAlpha(colour, alpha, fallback) {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!hex) return fallback;
  const n = parseInt(hex[1], 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function themed(layout, el) {
  const css = getComputedStyle(el);
  const v = (name, fallback) => (css.getPropertyValue(name) || "").trim() || fallback;
  const text = v("--st-text-color", "#31333F");
  const faint = v("--st-border-color", "rgba(128,128,128,0.25)");
  const panel = v("--st-secondary-background-color", "#F0F2F6");
  const font = v("--st-font", "sans-serif");
  const axis = (a) => ({ ...a, gridcolor: faint, linecolor: faint, zerolinecolor: faint, tickfont: { color: text } });
  const out = {
    ...layout,
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    font: { family: font, size: 12, color: text, ...(layout.font || {}) },
    modebar: { bgcolor: "rgba(0,0,0,0)", color: withAlpha(text, 0.45, faint), activecolor: text },
    hoverlabel: { bgcolor: panel, bordercolor: faint, font: { color: text, family: font }, align: "left" },
    legend: { ...(layout.legend || {}), font: { color: text } },
    title: { ...(layout.title || {}), font: { ...((layout.title || {}).font || {}), color: text } },
  };
  out.xaxis = axis(layout.xaxis || {});
  out.yaxis = axis(layout.yaxis || {});
  if (out.xaxis.rangeselector) {
    out.xaxis.rangeselector = { ...out.xaxis.rangeselector, bgcolor: panel, activecolor: faint, font: { color: text } };
  }
  if (out.xaxis.rangeslider) {
    out.xaxis.rangeslider = { ...out.xaxis.rangeslider, bgcolor: "rgba(0,0,0,0)", bordercolor: faint, borderwidth: 1 };
  }
  if (out.geo) out.geo = { ...out.geo, bgcolor: "rgba(0,0,0,0)" };
  return out;
}

function keysOf(points) {
  const keys = [];
  for (const p of points || []) {
    if (p.customdata && p.customdata.length) keys.push(String(p.customdata[0]));
  }
  return keys;
}

export default function ({ parentElement, data, setStateValue }) {
  const root = parentElement.querySelector(".uct-chart");
  const figure = data.figure;
  root.style.minHeight = `${figure.layout.height || 450}px`;
  if (data.alt) root.setAttribute("aria-label", data.alt);
  root.__uctSend = (keys) => setStateValue("selected", keys);
  let stale = false;
  loadPlotly(data.src).then((Plotly) => {
    if (stale) return;
    const layout = themed({ ...figure.layout, width: root.clientWidth || undefined, autosize: true }, parentElement);
    // A rerun that sends the same figure (after a selection, say) keeps the chart and its selection as they are.
    const signature = JSON.stringify([figure, layout.width, layout.font.color]);
    if (root.__uctSignature === signature) return;
    root.__uctSignature = signature;
    return Plotly.react(root, figure.data, layout, data.config).then(() => {
      if (root.__uctBound) return;
      root.__uctBound = true;
      // clickmode "event+select": a click selects its mark and also sends plotly_selected
      root.on("plotly_selected", (ev) => { if (ev) root.__uctSend(keysOf(ev.points)); });
      root.on("plotly_deselect", () => root.__uctSend([]));
    });
  }).catch((err) => {
    root.textContent = `The chart could not be drawn: ${err.message}`;
  });
  return () => { stale = true; };
}
