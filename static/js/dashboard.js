// Charts of the ward dashboard (Chart.js, served by the portal). The same numbers are in the
// tables next to each chart; a click on a slice or bar opens the list behind it.
document.addEventListener("DOMContentLoaded", () => {
  const source = document.getElementById("dashboard-data");
  if (!source || !window.Chart) return;
  const data = JSON.parse(source.textContent);
  const Chart = window.Chart;
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.animation = false;

  const STATUS_COLORS = {
    overdue: "#c62828", at_risk: "#e09b00", not_started: "#9aa5b1",
    in_progress: "#2b6cb0", done_late: "#7b4bb7", done_on_time: "#2f8a4c",
  };
  const TRACK_COLORS = {
    met: "#2f8a4c", on_track: "#6bbf7f", off_track: "#c62828", no_data: "#c5ccd5", qualitative: "#8795a8",
  };

  // The link of the table cell a chart element stands for (same order as the table rows).
  const linkFor = (selector, index) => {
    const links = document.querySelectorAll(selector);
    return links[index] ? links[index].href : null;
  };
  const clickTo = (selector) => (event, elements) => {
    if (!elements.length) return;
    const href = linkFor(selector, elements[0].index);
    if (href) window.location.href = href;
  };

  const doughnut = (id, series, colors, selector) => {
    const el = document.getElementById(id);
    if (!el) return;
    new Chart(el, {
      type: "doughnut",
      data: {
        labels: series.labels,
        datasets: [{ data: series.values, backgroundColor: series.keys.map((k) => colors[k] || "#999") }],
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { position: window.innerWidth < 600 ? "bottom" : "right", labels: { boxWidth: 12 } } },
        onClick: clickTo(selector),
      },
    });
  };

  doughnut("chart-status", data.status, STATUS_COLORS, "[data-testid=status-table] a[data-status]");
  doughnut("chart-tracks", data.tracks, TRACK_COLORS, "[data-testid=track-table] a[data-track]");

  const phase = document.getElementById("chart-phase");
  if (phase) {
    new Chart(phase, {
      type: "bar",
      data: {
        labels: data.phase.labels,
        datasets: [{ label: phase.getAttribute("aria-label"), data: data.phase.values, backgroundColor: "#2b6cb0" }],
      },
      options: {
        maintainAspectRatio: false,
        indexAxis: "y",
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
});
