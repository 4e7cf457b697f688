// The city dashboard's chart: each ward's tasks by status, side by side (Chart.js, served by the
// portal). It reads the figures from the table below it, which stays the source and the
// fallback without JavaScript; a click on a bar opens that ward's list behind it.
document.addEventListener("DOMContentLoaded", () => {
  const canvas = document.getElementById("chart-city");
  const table = document.querySelector("[data-testid=city-table]");
  if (!canvas || !table || !window.Chart) return;
  const number = (link) => (link ? parseInt(link.textContent.replace(/\D/g, ""), 10) || 0 : 0);
  const rows = [...table.querySelectorAll("tbody tr")].filter((r) => r.querySelector("[data-testid=ward-link]"));
  if (!rows.length) return;
  const tasksLink = (row) => row.querySelector('a[href*="/tasks/"]:not([href*="status="])');
  const statusLink = (row, key) => row.querySelector('a[href*="/tasks/"][href*="status=' + key + '"]');
  const series = [
    ["overdue", "#c62828"],
    ["at_risk", "#e09b00"],
    ["done", "#2f8a4c"],
  ];
  const datasets = series.map(([key, color]) => ({
    label: canvas.dataset["label" + key.replace(/(^|_)(\w)/g, (m, s, c) => c.toUpperCase())],
    data: rows.map((r) => number(statusLink(r, key))),
    backgroundColor: color,
    links: rows.map((r) => (statusLink(r, key) || {}).href),
  }));
  datasets.push({
    label: canvas.dataset.labelOther,
    data: rows.map((r, i) => Math.max(0, number(tasksLink(r)) - datasets.reduce((sum, d) => sum + d.data[i], 0))),
    backgroundColor: "#9cc3ec",
    links: rows.map((r) => (tasksLink(r) || {}).href),
  });
  // One bar per ward: the box grows with the number of wards instead of squeezing them.
  canvas.parentNode.style.height = Math.max(160, rows.length * 34 + 70) + "px";
  new window.Chart(canvas, {
    type: "bar",
    data: { labels: rows.map((r) => r.querySelector("[data-testid=ward-link]").textContent.trim()), datasets },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      onClick: (event, elements) => {
        if (!elements.length) return;
        const href = datasets[elements[0].datasetIndex].links[elements[0].index];
        if (href) window.location.href = href;
      },
    },
  });
});
