// Wires YASGUI to this server: its endpoint, the project's prefixes, completion from the ontology,
// and the saved queries as examples. The configuration comes from the page as JSON, so the page
// needs no inline script (its Content-Security-Policy allows scripts from this server only).
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("dg-yasgui-config").textContent);
  var endpoint = new URL(config.endpointPath, window.location.href).href;
  var Yasqe = window.Yasgui.Yasqe;

  // YASGUI's own property and class completers ask Linked Open Vocabularies over the network;
  // these answer from the ontology the page was given, so nothing leaves this server.
  function fromList(list) {
    return function (yasqe, token) {
      var typed = (token && (token.autocompletionString || token.string)) || "";
      return list.filter(function (iri) { return iri.indexOf(typed) === 0; });
    };
  }
  Yasqe.forkAutocompleter("property", { name: "dg-properties", get: fromList(config.properties) }, false);
  Yasqe.forkAutocompleter("class", { name: "dg-classes", get: fromList(config.classes) }, false);
  Yasqe.forkAutocompleter("prefixes", {
    name: "dg-prefixes",
    persistenceId: "dg-prefixes",
    get: function () {
      return Object.keys(config.prefixes).map(function (p) { return p + ": <" + config.prefixes[p] + ">"; });
    }
  }, false);
  var completers = ["variables", "dg-prefixes", "dg-properties", "dg-classes"];
  [Yasqe.defaults, window.Yasgui.defaults.yasqe].forEach(function (defaults) {
    defaults.autocompleters.splice(0, defaults.autocompleters.length);
    Array.prototype.push.apply(defaults.autocompleters, completers);
  });

  var yasgui = new window.Yasgui(document.getElementById("yasgui"), {
    persistenceId: "diplograph",
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    // the endpoint list offers this server only (the default lists public endpoints)
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: config.start },
    yasr: { defaultPlugin: "table" }
  });
  // a tab kept from an earlier visit may name another endpoint: this page is for this server's
  var tab = yasgui.getTab();
  if (tab && tab.getEndpoint() !== endpoint) {
    tab.setEndpoint(endpoint);
  }

  document.querySelectorAll("#dg-examples button[data-example]").forEach(function (button) {
    button.addEventListener("click", function () {
      var example = config.examples[Number(button.getAttribute("data-example"))];
      yasgui.addTab(true, {
        name: example.name,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint }
      }, { avoidDuplicateTabs: true });
    });
  });
  window.diplographYasgui = yasgui;
})();
