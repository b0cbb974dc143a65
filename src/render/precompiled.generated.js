// Generated from templates/contract/ by scripts/precompile-templates.js (npm run gen). Do not edit.
'use strict';
// handlebars@4.7.10
exports.PRECOMPILED = {
  html: {
    "approvals": {
      source: "<div class=\"signatures\">\n{{#each signatures}}\n<div class=\"signature\">\n<p>Signed for {{party}} ({{role}})</p>\n<div class=\"line\"></div>\n<table>\n<caption>Signatory for {{party}}</caption>\n<tbody>\n<tr><th scope=\"row\">Name</th><td>{{name}}</td></tr>\n{{#if title}}\n<tr><th scope=\"row\">Title</th><td>{{title}}</td></tr>\n{{/if}}\n{{#if date}}\n<tr><th scope=\"row\">Date</th><td>{{date}}</td></tr>\n{{/if}}\n</tbody>\n</table>\n</div>\n{{/each}}\n</div>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"signature\">\n<p>Signed for "
    + alias4((((helper = lookupProperty(helpers,"party") || alias1(depth0, "party", {"start":{"line":4,"column":16},"end":{"line":4,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"party","hash":{},"data":data,"loc":{"start":{"line":4,"column":14},"end":{"line":4,"column":23}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"role") || alias1(depth0, "role", {"start":{"line":4,"column":27},"end":{"line":4,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"role","hash":{},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":33}}}) : helper)))
    + ")</p>\n<div class=\"line\"></div>\n<table>\n<caption>Signatory for "
    + alias4((((helper = lookupProperty(helpers,"party") || alias1(depth0, "party", {"start":{"line":7,"column":25},"end":{"line":7,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"party","hash":{},"data":data,"loc":{"start":{"line":7,"column":23},"end":{"line":7,"column":32}}}) : helper)))
    + "</caption>\n<tbody>\n<tr><th scope=\"row\">Name</th><td>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":9,"column":35},"end":{"line":9,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":9,"column":33},"end":{"line":9,"column":41}}}) : helper)))
    + "</td></tr>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"title"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"date"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n</div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">Title</th><td>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":11,"column":36},"end":{"line":11,"column":41}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":11,"column":34},"end":{"line":11,"column":43}}}) : helper)))
    + "</td></tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">Date</th><td>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"date") || container.strict(depth0, "date", {"start":{"line":14,"column":35},"end":{"line":14,"column":39}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":14,"column":33},"end":{"line":14,"column":41}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"signatures\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"signatures"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"useData":true},
    },
    "calendars": {
      source: "<p>A metric without a calendar is measured around the clock (24x7).</p>\n{{#each calendars}}\n<h3>{{number}} {{name}}</h3>\n<p>Calendar {{id}}, in {{timezone}} time.</p>\n<table>\n<caption>Hours of {{name}}</caption>\n<thead>\n<tr><th scope=\"col\">Days</th><th scope=\"col\">Hours</th></tr>\n</thead>\n<tbody>\n{{#each hours}}\n<tr><th scope=\"row\">{{days}}</th><td>{{ranges}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n{{#if holidays.length}}\n<table>\n<caption>Holidays, on which there are no {{name}}</caption>\n<thead>\n<tr><th scope=\"col\">Date</th><th scope=\"col\">Holiday</th></tr>\n</thead>\n<tbody>\n{{#each holidays}}\n<tr><td>{{date}}</td><td>{{name}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":3,"column":6},"end":{"line":3,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":3,"column":4},"end":{"line":3,"column":14}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":3,"column":17},"end":{"line":3,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":3,"column":15},"end":{"line":3,"column":23}}}) : helper)))
    + "</h3>\n<p>Calendar "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":4,"column":14},"end":{"line":4,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":4,"column":12},"end":{"line":4,"column":18}}}) : helper)))
    + ", in "
    + alias4((((helper = lookupProperty(helpers,"timezone") || alias1(depth0, "timezone", {"start":{"line":4,"column":25},"end":{"line":4,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"timezone","hash":{},"data":data,"loc":{"start":{"line":4,"column":23},"end":{"line":4,"column":35}}}) : helper)))
    + " time.</p>\n<table>\n<caption>Hours of "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":6,"column":20},"end":{"line":6,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":6,"column":18},"end":{"line":6,"column":26}}}) : helper)))
    + "</caption>\n<thead>\n<tr><th scope=\"col\">Days</th><th scope=\"col\">Hours</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"hours"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"holidays"),"length"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"days") || alias1(depth0, "days", {"start":{"line":12,"column":22},"end":{"line":12,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"days","hash":{},"data":data,"loc":{"start":{"line":12,"column":20},"end":{"line":12,"column":28}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"ranges") || alias1(depth0, "ranges", {"start":{"line":12,"column":39},"end":{"line":12,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ranges","hash":{},"data":data,"loc":{"start":{"line":12,"column":37},"end":{"line":12,"column":47}}}) : helper)))
    + "</td></tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>Holidays, on which there are no "
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":18,"column":43},"end":{"line":18,"column":47}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":18,"column":41},"end":{"line":18,"column":49}}}) : helper)))
    + "</caption>\n<thead>\n<tr><th scope=\"col\">Date</th><th scope=\"col\">Holiday</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"holidays"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4((((helper = lookupProperty(helpers,"date") || alias1(depth0, "date", {"start":{"line":24,"column":10},"end":{"line":24,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":24,"column":8},"end":{"line":24,"column":16}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":24,"column":27},"end":{"line":24,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":24,"column":25},"end":{"line":24,"column":33}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>A metric without a calendar is measured around the clock (24x7).</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"calendars"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":29,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "contents": {
      source: "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n{{#each contents}}\n<li><a href=\"#{{anchor}}\">{{heading}}</a></li>\n{{/each}}\n</ol>\n</nav>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":5,"column":16},"end":{"line":5,"column":22}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":5,"column":14},"end":{"line":5,"column":24}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":5,"column":28},"end":{"line":5,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":5,"column":26},"end":{"line":5,"column":37}}}) : helper)))
    + "</a></li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"contents"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "</ol>\n</nav>\n";
},"useData":true},
    },
    "credits": {
      source: "<p>{{intro}}</p>\n<ul>\n{{#each rules}}\n<li>{{this}}</li>\n{{/each}}\n{{#if claim}}\n<li>How to claim: {{prose claim}}</li>\n{{/if}}\n</ul>\n{{#each metrics}}\n<h3>{{number}} {{name}}</h3>\n<p>Service: {{service}}{{#if fee}}, fee {{fee}}{{/if}}.</p>\n<table>\n<caption>Credit tiers of {{name}}</caption>\n<thead>\n<tr><th scope=\"col\">When the value is</th><th scope=\"col\">Credit</th><th scope=\"col\">Amount</th></tr>\n</thead>\n<tbody>\n{{#each tiers}}\n<tr><th scope=\"row\">{{when}}</th><td>{{credit}}</td><td>{{#if amount}}{{amount}}{{else}}–{{/if}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n{{#each notes}}\n<p>{{this}}</p>\n{{/each}}\n{{#if earnBack}}\n<p>{{earnBack}}</p>\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>How to claim: "
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":7,"column":20},"end":{"line":7,"column":25}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"claim"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":7,"column":18},"end":{"line":7,"column":33}}}))
    + "</li>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":11,"column":6},"end":{"line":11,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":11,"column":4},"end":{"line":11,"column":14}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":11,"column":17},"end":{"line":11,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":11,"column":15},"end":{"line":11,"column":23}}}) : helper)))
    + "</h3>\n<p>Service: "
    + alias4((((helper = lookupProperty(helpers,"service") || alias1(depth0, "service", {"start":{"line":12,"column":14},"end":{"line":12,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"service","hash":{},"data":data,"loc":{"start":{"line":12,"column":12},"end":{"line":12,"column":23}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"fee"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":23},"end":{"line":12,"column":54}}})) != null ? stack1 : "")
    + ".</p>\n<table>\n<caption>Credit tiers of "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":14,"column":27},"end":{"line":14,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":14,"column":25},"end":{"line":14,"column":33}}}) : helper)))
    + "</caption>\n<thead>\n<tr><th scope=\"col\">When the value is</th><th scope=\"col\">Credit</th><th scope=\"col\">Amount</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"tiers"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"notes"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"earnBack"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", fee "
    + container.escapeExpression((((helper = lookupProperty(helpers,"fee") || container.strict(depth0, "fee", {"start":{"line":12,"column":42},"end":{"line":12,"column":45}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fee","hash":{},"data":data,"loc":{"start":{"line":12,"column":40},"end":{"line":12,"column":47}}}) : helper)));
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"when") || alias1(depth0, "when", {"start":{"line":20,"column":22},"end":{"line":20,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":20,"column":20},"end":{"line":20,"column":28}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"credit") || alias1(depth0, "credit", {"start":{"line":20,"column":39},"end":{"line":20,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"credit","hash":{},"data":data,"loc":{"start":{"line":20,"column":37},"end":{"line":20,"column":47}}}) : helper)))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"amount"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":20,"column":56},"end":{"line":20,"column":96}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"amount") || container.strict(depth0, "amount", {"start":{"line":20,"column":72},"end":{"line":20,"column":78}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":20,"column":70},"end":{"line":20,"column":80}}}) : helper)));
},"6":function(container,depth0,helpers,partials,data) {
    return "–";
},"7":function(container,depth0,helpers,partials,data) {
    return "<p>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"earnBack") || container.strict(depth0, "earnBack", {"start":{"line":28,"column":5},"end":{"line":28,"column":13}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"earnBack","hash":{},"data":data,"loc":{"start":{"line":28,"column":3},"end":{"line":28,"column":15}}}) : helper)))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"intro") || container.strict(depth0, "intro", {"start":{"line":1,"column":5},"end":{"line":1,"column":10}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"intro","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":12}}}) : helper)))
    + "</p>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rules"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"claim"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "</ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "definitions": {
      source: "<dl>\n{{#each terms}}\n<dt><dfn>{{term}}</dfn></dt>\n<dd>{{prose definition}}</dd>\n{{/each}}\n</dl>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt><dfn>"
    + alias3((((helper = lookupProperty(helpers,"term") || alias1(depth0, "term", {"start":{"line":3,"column":11},"end":{"line":3,"column":15}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"term","hash":{},"data":data,"loc":{"start":{"line":3,"column":9},"end":{"line":3,"column":17}}}) : helper)))
    + "</dfn></dt>\n<dd>"
    + alias3((lookupProperty(helpers,"prose")||alias1(depth0, "prose", {"start":{"line":4,"column":6},"end":{"line":4,"column":11}} )).call(alias2,lookupProperty(depth0,"definition"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":24}}}))
    + "</dd>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dl>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"terms"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + "</dl>\n";
},"useData":true},
    },
    "disputes": {
      source: "<p>Disputes are resolved in these steps, in order:</p>\n<ol>\n{{#each steps}}\n<li>{{prose this}}</li>\n{{/each}}\n</ol>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":4,"column":6},"end":{"line":4,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":18}}}))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Disputes are resolved in these steps, in order:</p>\n<ol>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"steps"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + "</ol>\n";
},"useData":true},
    },
    "document": {
      source: "<!DOCTYPE html>\n<html lang=\"{{lang}}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{{title.title}}</title>\n<style>\n{{> styles}}\n</style>\n</head>\n<body>\n{{> title title}}\n<main>\n{{> contents}}\n{{#each sections}}\n<section id=\"{{anchor}}\" aria-labelledby=\"{{anchor}}-title\">\n<h2 id=\"{{anchor}}-title\">{{heading}}</h2>\n{{> (lookup this \"partial\") this}}\n</section>\n{{/each}}\n</main>\n</body>\n</html>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":17,"column":15},"end":{"line":17,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":17,"column":13},"end":{"line":17,"column":23}}}) : helper)))
    + "\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":17,"column":44},"end":{"line":17,"column":50}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":17,"column":42},"end":{"line":17,"column":52}}}) : helper)))
    + "-title\">\n<h2 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":18,"column":10},"end":{"line":18,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":18,"column":8},"end":{"line":18,"column":18}}}) : helper)))
    + "-title\">"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":18,"column":28},"end":{"line":18,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":18,"column":26},"end":{"line":18,"column":37}}}) : helper)))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(helpers,"lookup").call(alias2,depth0,"partial",{"name":"lookup","hash":{},"data":data,"loc":{"start":{"line":19,"column":4},"end":{"line":19,"column":27}}}),depth0,{"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</section>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias3((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":18}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias3(container.lambda(alias1(lookupProperty(depth0,"title"), "title", {"start":{"line":7,"column":9},"end":{"line":7,"column":20}} ), depth0))
    + "</title>\n<style>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"styles"),depth0,{"name":"styles","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</style>\n</head>\n<body>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"title"),lookupProperty(depth0,"title"),{"name":"title","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<main>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"contents"),depth0,{"name":"contents","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "")
    + "</main>\n</body>\n</html>\n";
},"usePartial":true,"useData":true},
    },
    "escalation": {
      source: "<table>\n<caption>Escalation levels</caption>\n<thead>\n<tr><th scope=\"col\">Level</th><th scope=\"col\">Contact</th><th scope=\"col\">Escalate</th></tr>\n</thead>\n<tbody>\n{{#each levels}}\n<tr><th scope=\"row\">{{level}}</th><td>{{contact}}</td><td>{{after}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":8,"column":22},"end":{"line":8,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":8,"column":20},"end":{"line":8,"column":29}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"contact") || alias1(depth0, "contact", {"start":{"line":8,"column":40},"end":{"line":8,"column":47}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"contact","hash":{},"data":data,"loc":{"start":{"line":8,"column":38},"end":{"line":8,"column":49}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"after") || alias1(depth0, "after", {"start":{"line":8,"column":60},"end":{"line":8,"column":65}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"after","hash":{},"data":data,"loc":{"start":{"line":8,"column":58},"end":{"line":8,"column":67}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>Escalation levels</caption>\n<thead>\n<tr><th scope=\"col\">Level</th><th scope=\"col\">Contact</th><th scope=\"col\">Escalate</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"levels"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"useData":true},
    },
    "exclusions": {
      source: "<p>The service levels do not apply to:</p>\n<ul>\n{{#each items}}\n<li>{{prose this}}</li>\n{{/each}}\n</ul>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":4,"column":6},"end":{"line":4,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":18}}}))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>The service levels do not apply to:</p>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"useData":true},
    },
    "indemnity": {
      source: "{{prose text}}\n",
      spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":1,"column":2},"end":{"line":1,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":14}}}))
    + "\n";
},"useData":true},
    },
    "maintenance": {
      source: "{{#if notice}}\n<p>{{notice}}</p>\n{{/if}}\n{{#if windows.length}}\n<table>\n<caption>Maintenance windows</caption>\n<thead>\n<tr><th scope=\"col\">Window</th><th scope=\"col\">When</th></tr>\n</thead>\n<tbody>\n{{#each windows}}\n<tr><th scope=\"row\">{{name}}</th><td>{{when}}{{#if description}}. {{prose description}}{{/if}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"notice") || container.strict(depth0, "notice", {"start":{"line":2,"column":5},"end":{"line":2,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"notice","hash":{},"data":data,"loc":{"start":{"line":2,"column":3},"end":{"line":2,"column":13}}}) : helper)))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>Maintenance windows</caption>\n<thead>\n<tr><th scope=\"col\">Window</th><th scope=\"col\">When</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"windows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":12,"column":22},"end":{"line":12,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":12,"column":20},"end":{"line":12,"column":28}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"when") || alias1(depth0, "when", {"start":{"line":12,"column":39},"end":{"line":12,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":12,"column":37},"end":{"line":12,"column":45}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":45},"end":{"line":12,"column":94}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":12,"column":68},"end":{"line":12,"column":73}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":12,"column":66},"end":{"line":12,"column":87}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notice"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"windows"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "measurement-data": {
      source: "<p>The service levels are measured from these exported data.</p>\n<table>\n<caption>Data sources</caption>\n<thead>\n<tr><th scope=\"col\">Data</th><th scope=\"col\">Kind</th><th scope=\"col\">File</th><th scope=\"col\">Columns</th></tr>\n</thead>\n<tbody>\n{{#each sources}}\n<tr><th scope=\"row\">{{id}}</th><td>{{kind}}{{#if timezone}}; {{timezone}}{{/if}}{{#if dst}}; {{dst}}{{/if}}</td><td>{{#if file}}{{file}}{{else}}–{{/if}}</td><td>{{columns}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":9,"column":22},"end":{"line":9,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":20},"end":{"line":9,"column":26}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":9,"column":37},"end":{"line":9,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":9,"column":35},"end":{"line":9,"column":43}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"timezone"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":43},"end":{"line":9,"column":80}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"dst"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":80},"end":{"line":9,"column":107}}})) != null ? stack1 : "")
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"file"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":9,"column":116},"end":{"line":9,"column":152}}})) != null ? stack1 : "")
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"columns") || alias1(depth0, "columns", {"start":{"line":9,"column":163},"end":{"line":9,"column":170}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"columns","hash":{},"data":data,"loc":{"start":{"line":9,"column":161},"end":{"line":9,"column":172}}}) : helper)))
    + "</td></tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + container.escapeExpression((((helper = lookupProperty(helpers,"timezone") || container.strict(depth0, "timezone", {"start":{"line":9,"column":63},"end":{"line":9,"column":71}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"timezone","hash":{},"data":data,"loc":{"start":{"line":9,"column":61},"end":{"line":9,"column":73}}}) : helper)));
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + container.escapeExpression((((helper = lookupProperty(helpers,"dst") || container.strict(depth0, "dst", {"start":{"line":9,"column":95},"end":{"line":9,"column":98}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"dst","hash":{},"data":data,"loc":{"start":{"line":9,"column":93},"end":{"line":9,"column":100}}}) : helper)));
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"file") || container.strict(depth0, "file", {"start":{"line":9,"column":130},"end":{"line":9,"column":134}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"file","hash":{},"data":data,"loc":{"start":{"line":9,"column":128},"end":{"line":9,"column":136}}}) : helper)));
},"4":function(container,depth0,helpers,partials,data) {
    return "–";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>The service levels are measured from these exported data.</p>\n<table>\n<caption>Data sources</caption>\n<thead>\n<tr><th scope=\"col\">Data</th><th scope=\"col\">Kind</th><th scope=\"col\">File</th><th scope=\"col\">Columns</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"useData":true},
    },
    "notices": {
      source: "{{#if inWriting}}\n<p>{{inWriting}}</p>\n{{/if}}\n{{#if methods.length}}\n<table>\n<caption>When a notice is deemed received</caption>\n<thead>\n<tr><th scope=\"col\">Method</th><th scope=\"col\">Deemed received</th></tr>\n</thead>\n<tbody>\n{{#each methods}}\n<tr><th scope=\"row\">{{by}}</th><td>{{rule}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"inWriting") || container.strict(depth0, "inWriting", {"start":{"line":2,"column":5},"end":{"line":2,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"inWriting","hash":{},"data":data,"loc":{"start":{"line":2,"column":3},"end":{"line":2,"column":16}}}) : helper)))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>When a notice is deemed received</caption>\n<thead>\n<tr><th scope=\"col\">Method</th><th scope=\"col\">Deemed received</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"methods"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"by") || alias1(depth0, "by", {"start":{"line":12,"column":22},"end":{"line":12,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"by","hash":{},"data":data,"loc":{"start":{"line":12,"column":20},"end":{"line":12,"column":26}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"rule") || alias1(depth0, "rule", {"start":{"line":12,"column":37},"end":{"line":12,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"rule","hash":{},"data":data,"loc":{"start":{"line":12,"column":35},"end":{"line":12,"column":43}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"inWriting"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"methods"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "obligations": {
      source: "<p>The customer commits to the following service levels. They carry no service credits.</p>\n<dl class=\"measured\">\n{{#each obligations}}\n<dt>{{name}} ({{id}}, owned by {{owner}})</dt>\n<dd>Target {{target}} {{per}}. {{measured}}{{#if description}} {{prose description}}{{/if}}{{#if excuses}} {{excuses}}{{/if}}</dd>\n{{/each}}\n</dl>\n{{#each obligations}}\n{{#if limits}}\n<table>\n<caption>{{limits.caption}}</caption>\n<thead>\n<tr>{{#each limits.head}}<th scope=\"col\">{{this}}</th>{{/each}}</tr>\n</thead>\n<tbody>\n{{#each limits.rows}}\n<tr>{{#each this}}{{#if @first}}<th scope=\"row\">{{this}}</th>{{else}}<td>{{this}}</td>{{/if}}{{/each}}</tr>\n{{/each}}\n</tbody>\n</table>\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":4,"column":6},"end":{"line":4,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":12}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":4,"column":16},"end":{"line":4,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":4,"column":14},"end":{"line":4,"column":20}}}) : helper)))
    + ", owned by "
    + alias4((((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":4,"column":33},"end":{"line":4,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":40}}}) : helper)))
    + ")</dt>\n<dd>Target "
    + alias4((((helper = lookupProperty(helpers,"target") || alias1(depth0, "target", {"start":{"line":5,"column":13},"end":{"line":5,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":5,"column":11},"end":{"line":5,"column":21}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"per") || alias1(depth0, "per", {"start":{"line":5,"column":24},"end":{"line":5,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"per","hash":{},"data":data,"loc":{"start":{"line":5,"column":22},"end":{"line":5,"column":29}}}) : helper)))
    + ". "
    + alias4((((helper = lookupProperty(helpers,"measured") || alias1(depth0, "measured", {"start":{"line":5,"column":33},"end":{"line":5,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"measured","hash":{},"data":data,"loc":{"start":{"line":5,"column":31},"end":{"line":5,"column":43}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":43},"end":{"line":5,"column":91}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"excuses"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":91},"end":{"line":5,"column":125}}})) != null ? stack1 : "")
    + "</dd>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":5,"column":65},"end":{"line":5,"column":70}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":5,"column":63},"end":{"line":5,"column":84}}}));
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"excuses") || container.strict(depth0, "excuses", {"start":{"line":5,"column":109},"end":{"line":5,"column":116}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"excuses","hash":{},"data":data,"loc":{"start":{"line":5,"column":107},"end":{"line":5,"column":118}}}) : helper)));
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"limits"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"limits"), "caption", {"start":{"line":11,"column":11},"end":{"line":11,"column":25}} ), depth0))
    + "</caption>\n<thead>\n<tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"head"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":4},"end":{"line":13,"column":63}}})) != null ? stack1 : "")
    + "</tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"rows"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<th scope=\"col\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":4},"end":{"line":17,"column":102}}})) != null ? stack1 : "")
    + "</tr>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":17,"column":18},"end":{"line":17,"column":93}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "<th scope=\"row\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"9":function(container,depth0,helpers,partials,data) {
    return "<td>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>The customer commits to the following service levels. They carry no service credits.</p>\n<dl class=\"measured\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"obligations"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "</dl>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"obligations"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "purpose": {
      source: "{{#if purpose}}\n{{prose purpose}}\n{{/if}}\n{{#if objectives.length}}\n<h3>Objectives</h3>\n<ul>\n{{#each objectives}}\n<li>{{prose this}}</li>\n{{/each}}\n</ul>\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":2,"column":2},"end":{"line":2,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"purpose"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":17}}}))
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>Objectives</h3>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"objectives"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":8,"column":6},"end":{"line":8,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":8,"column":18}}}))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"purpose"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"objectives"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "references": {
      source: "<ul>\n{{#each items}}\n<li>{{#if url}}{{link title url}}{{else}}{{title}}{{#if address}} ({{address}}){{/if}}{{/if}}</li>\n{{/each}}\n</ul>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":3,"column":4},"end":{"line":3,"column":93}}})) != null ? stack1 : "")
    + "</li>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"link")||container.strict(depth0, "link", {"start":{"line":3,"column":17},"end":{"line":3,"column":21}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"title"),lookupProperty(depth0,"url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":3,"column":15},"end":{"line":3,"column":33}}}));
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":3,"column":43},"end":{"line":3,"column":48}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":50}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":86}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression((((helper = lookupProperty(helpers,"address") || container.strict(depth0, "address", {"start":{"line":3,"column":69},"end":{"line":3,"column":76}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":3,"column":67},"end":{"line":3,"column":78}}}) : helper)))
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"useData":true},
    },
    "reporting": {
      source: "{{#if facts.length}}\n<table>\n<caption>Reports</caption>\n<tbody>\n{{#each facts}}\n<tr><th scope=\"row\">{{label}}</th><td>{{value}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n{{/if}}\n{{#if contents.length}}\n<p>Each report contains:</p>\n<ul>\n{{#each contents}}\n<li>{{prose this}}</li>\n{{/each}}\n</ul>\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>Reports</caption>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"facts"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":6,"column":22},"end":{"line":6,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":20},"end":{"line":6,"column":29}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":6,"column":40},"end":{"line":6,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":6,"column":38},"end":{"line":6,"column":47}}}) : helper)))
    + "</td></tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Each report contains:</p>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"contents"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":15,"column":6},"end":{"line":15,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":15,"column":4},"end":{"line":15,"column":18}}}))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"contents"),"length"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "responsibilities": {
      source: "{{#each parties}}\n<h3>{{number}} {{name}} ({{role}})</h3>\n<ul>\n{{#each items}}\n<li>{{prose this}}</li>\n{{/each}}\n</ul>\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":2,"column":6},"end":{"line":2,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":14}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":2,"column":17},"end":{"line":2,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":2,"column":15},"end":{"line":2,"column":23}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"role") || alias1(depth0, "role", {"start":{"line":2,"column":27},"end":{"line":2,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"role","hash":{},"data":data,"loc":{"start":{"line":2,"column":25},"end":{"line":2,"column":33}}}) : helper)))
    + ")</h3>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":5,"column":6},"end":{"line":5,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":5,"column":4},"end":{"line":5,"column":18}}}))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"parties"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "review": {
      source: "{{#if frequency}}\n<p>{{frequency}}</p>\n{{/if}}\n{{#if amendment}}\n<p>{{amendment}}</p>\n{{/if}}\n{{#if process}}\n{{prose process}}\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"frequency") || container.strict(depth0, "frequency", {"start":{"line":2,"column":5},"end":{"line":2,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"frequency","hash":{},"data":data,"loc":{"start":{"line":2,"column":3},"end":{"line":2,"column":16}}}) : helper)))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"amendment") || container.strict(depth0, "amendment", {"start":{"line":5,"column":5},"end":{"line":5,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"amendment","hash":{},"data":data,"loc":{"start":{"line":5,"column":3},"end":{"line":5,"column":16}}}) : helper)))
    + "</p>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":8,"column":2},"end":{"line":8,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"process"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":17}}}))
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"frequency"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"amendment"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"process"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "service-levels": {
      source: "{{#each services}}\n<h3>{{number}} {{name}}</h3>\n<table>\n<caption>Service levels of {{name}}</caption>\n<thead>\n<tr><th scope=\"col\">Metric</th><th scope=\"col\">Target</th><th scope=\"col\">At risk when</th><th scope=\"col\">Measured per</th></tr>\n</thead>\n<tbody>\n{{#each metrics}}\n<tr><th scope=\"row\">{{name}}</th><td>{{target}}</td><td>{{#if warning}}{{warning}}{{else}}–{{/if}}</td><td>{{period}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n<p>How each is measured:</p>\n<dl class=\"measured\">\n{{#each metrics}}\n<dt>{{name}} ({{id}}, owned by {{owner}})</dt>\n<dd>{{measured}}{{#if description}} {{prose description}}{{/if}}</dd>\n{{/each}}\n</dl>\n{{#each metrics}}\n{{#if limits}}\n<table>\n<caption>{{limits.caption}}</caption>\n<thead>\n<tr>{{#each limits.head}}<th scope=\"col\">{{this}}</th>{{/each}}</tr>\n</thead>\n<tbody>\n{{#each limits.rows}}\n<tr>{{#each this}}{{#if @first}}<th scope=\"row\">{{this}}</th>{{else}}<td>{{this}}</td>{{/if}}{{/each}}</tr>\n{{/each}}\n</tbody>\n</table>\n{{/if}}\n{{/each}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":2,"column":6},"end":{"line":2,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":14}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":2,"column":17},"end":{"line":2,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":2,"column":15},"end":{"line":2,"column":23}}}) : helper)))
    + "</h3>\n<table>\n<caption>Service levels of "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":4,"column":29},"end":{"line":4,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":4,"column":27},"end":{"line":4,"column":35}}}) : helper)))
    + "</caption>\n<thead>\n<tr><th scope=\"col\">Metric</th><th scope=\"col\">Target</th><th scope=\"col\">At risk when</th><th scope=\"col\">Measured per</th></tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n<p>How each is measured:</p>\n<dl class=\"measured\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + "</dl>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":10,"column":22},"end":{"line":10,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":10,"column":20},"end":{"line":10,"column":28}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"target") || alias1(depth0, "target", {"start":{"line":10,"column":39},"end":{"line":10,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":10,"column":37},"end":{"line":10,"column":47}}}) : helper)))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"warning"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":10,"column":56},"end":{"line":10,"column":98}}})) != null ? stack1 : "")
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"period") || alias1(depth0, "period", {"start":{"line":10,"column":109},"end":{"line":10,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"period","hash":{},"data":data,"loc":{"start":{"line":10,"column":107},"end":{"line":10,"column":117}}}) : helper)))
    + "</td></tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"warning") || container.strict(depth0, "warning", {"start":{"line":10,"column":73},"end":{"line":10,"column":80}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"warning","hash":{},"data":data,"loc":{"start":{"line":10,"column":71},"end":{"line":10,"column":82}}}) : helper)));
},"3":function(container,depth0,helpers,partials,data) {
    return "–";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":17,"column":6},"end":{"line":17,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":17,"column":4},"end":{"line":17,"column":12}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":17,"column":16},"end":{"line":17,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":17,"column":14},"end":{"line":17,"column":20}}}) : helper)))
    + ", owned by "
    + alias4((((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":17,"column":33},"end":{"line":17,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":17,"column":31},"end":{"line":17,"column":40}}}) : helper)))
    + ")</dt>\n<dd>"
    + alias4((((helper = lookupProperty(helpers,"measured") || alias1(depth0, "measured", {"start":{"line":18,"column":6},"end":{"line":18,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"measured","hash":{},"data":data,"loc":{"start":{"line":18,"column":4},"end":{"line":18,"column":16}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":16},"end":{"line":18,"column":64}}})) != null ? stack1 : "")
    + "</dd>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":18,"column":38},"end":{"line":18,"column":43}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":18,"column":36},"end":{"line":18,"column":57}}}));
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"limits"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<caption>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"limits"), "caption", {"start":{"line":24,"column":11},"end":{"line":24,"column":25}} ), depth0))
    + "</caption>\n<thead>\n<tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"head"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":4},"end":{"line":26,"column":63}}})) != null ? stack1 : "")
    + "</tr>\n</thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"rows"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "<th scope=\"col\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":4},"end":{"line":30,"column":102}}})) != null ? stack1 : "")
    + "</tr>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":30,"column":18},"end":{"line":30,"column":93}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "<th scope=\"row\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"12":function(container,depth0,helpers,partials,data) {
    return "<td>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"services"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "services": {
      source: "{{#each services}}\n<h3>{{number}} {{name}}</h3>\n{{#if description}}\n{{prose description}}\n{{/if}}\n{{#if includes.length}}\n<p>Includes:</p>\n<ul>\n{{#each includes}}\n<li>{{prose this}}</li>\n{{/each}}\n</ul>\n{{/if}}\n{{#if excludes.length}}\n<p>Excludes:</p>\n<ul>\n{{#each excludes}}\n<li>{{prose this}}</li>\n{{/each}}\n</ul>\n{{/if}}\n{{#if fee}}\n<p>Fee: {{fee}}.</p>\n{{/if}}\n{{#if base}}\n<p>Credit base: {{base}}.</p>\n{{/if}}\n{{#if limits.length}}\n<p>Limits:</p>\n<ul>\n{{#each limits}}\n<li>{{label}}: {{value}}</li>\n{{/each}}\n</ul>\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":2,"column":6},"end":{"line":2,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":14}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":2,"column":17},"end":{"line":2,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":2,"column":15},"end":{"line":2,"column":23}}}) : helper)))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"includes"),"length"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"excludes"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"fee"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"base"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"limits"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":4,"column":2},"end":{"line":4,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":21}}}))
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Includes:</p>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"includes"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":10,"column":6},"end":{"line":10,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":10,"column":4},"end":{"line":10,"column":18}}}))
    + "</li>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Excludes:</p>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"excludes"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Fee: "
    + container.escapeExpression((((helper = lookupProperty(helpers,"fee") || container.strict(depth0, "fee", {"start":{"line":23,"column":10},"end":{"line":23,"column":13}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fee","hash":{},"data":data,"loc":{"start":{"line":23,"column":8},"end":{"line":23,"column":15}}}) : helper)))
    + ".</p>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Credit base: "
    + container.escapeExpression((((helper = lookupProperty(helpers,"base") || container.strict(depth0, "base", {"start":{"line":26,"column":18},"end":{"line":26,"column":22}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"base","hash":{},"data":data,"loc":{"start":{"line":26,"column":16},"end":{"line":26,"column":24}}}) : helper)))
    + ".</p>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>Limits:</p>\n<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"limits"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":32,"column":6},"end":{"line":32,"column":11}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":32,"column":4},"end":{"line":32,"column":13}}}) : helper)))
    + ": "
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":32,"column":17},"end":{"line":32,"column":22}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":32,"column":15},"end":{"line":32,"column":24}}}) : helper)))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"services"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "styles": {
      source: ":root { color: #1a1a1a; background: #fff; font: 11pt/1.5 \"Helvetica Neue\", Helvetica, Arial, sans-serif; overflow-wrap: anywhere; }\nbody { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }\nh1 { font-size: 1.8em; margin: 0 0 .5em; }\nh2 { font-size: 1.35em; margin: 1.6em 0 .5em; border-bottom: 1px solid #bbb; padding-bottom: .15em; }\nh3 { font-size: 1.1em; margin: 1.2em 0 .4em; }\nh4, h5, h6 { font-size: 1em; }\ntable { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\ncaption { text-align: left; font-weight: bold; padding: .25em 0; }\nth, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }\nthead th { background: #eee; }\ntbody th { font-weight: normal; background: #f6f6f6; width: 30%; }\na { color: #0645ad; }\n.issued { font-weight: bold; }\n.parties { display: flex; flex-wrap: wrap; gap: 1em 2em; }\n.party { flex: 1 1 18em; }\n.measured dt { font-weight: bold; }\n.measured dd { margin: 0 0 .6em 1.5em; }\n.signatures { display: flex; flex-wrap: wrap; gap: 2em; }\n.signature { flex: 1 1 16em; break-inside: avoid; }\n.signature .line { border-bottom: 1px solid #1a1a1a; height: 3em; margin-bottom: .25em; }\nnav ol { list-style: none; padding-left: 0; }\n@page {\n  size: {{paper}};\n  margin: 20mm 18mm 22mm;\n  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font: 9pt Helvetica, Arial, sans-serif; color: #444; }\n}\n@media print {\n  :root { font-size: 10pt; }\n  body { max-width: none; margin: 0; padding: 0; }\n  a { color: inherit; text-decoration: none; }\n  a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; }\n  h2, h3 { break-after: avoid; }\n  tr, li, dd { break-inside: avoid; }\n  thead { display: table-header-group; }\n  nav { break-after: page; }\n}\n",
      spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":root { color: #1a1a1a; background: #fff; font: 11pt/1.5 \"Helvetica Neue\", Helvetica, Arial, sans-serif; overflow-wrap: anywhere; }\nbody { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }\nh1 { font-size: 1.8em; margin: 0 0 .5em; }\nh2 { font-size: 1.35em; margin: 1.6em 0 .5em; border-bottom: 1px solid #bbb; padding-bottom: .15em; }\nh3 { font-size: 1.1em; margin: 1.2em 0 .4em; }\nh4, h5, h6 { font-size: 1em; }\ntable { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\ncaption { text-align: left; font-weight: bold; padding: .25em 0; }\nth, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }\nthead th { background: #eee; }\ntbody th { font-weight: normal; background: #f6f6f6; width: 30%; }\na { color: #0645ad; }\n.issued { font-weight: bold; }\n.parties { display: flex; flex-wrap: wrap; gap: 1em 2em; }\n.party { flex: 1 1 18em; }\n.measured dt { font-weight: bold; }\n.measured dd { margin: 0 0 .6em 1.5em; }\n.signatures { display: flex; flex-wrap: wrap; gap: 2em; }\n.signature { flex: 1 1 16em; break-inside: avoid; }\n.signature .line { border-bottom: 1px solid #1a1a1a; height: 3em; margin-bottom: .25em; }\nnav ol { list-style: none; padding-left: 0; }\n@page {\n  size: "
    + container.escapeExpression((((helper = lookupProperty(helpers,"paper") || container.strict(depth0, "paper", {"start":{"line":23,"column":10},"end":{"line":23,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"paper","hash":{},"data":data,"loc":{"start":{"line":23,"column":8},"end":{"line":23,"column":17}}}) : helper)))
    + ";\n  margin: 20mm 18mm 22mm;\n  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font: 9pt Helvetica, Arial, sans-serif; color: #444; }\n}\n@media print {\n  :root { font-size: 10pt; }\n  body { max-width: none; margin: 0; padding: 0; }\n  a { color: inherit; text-decoration: none; }\n  a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; }\n  h2, h3 { break-after: avoid; }\n  tr, li, dd { break-inside: avoid; }\n  thead { display: table-header-group; }\n  nav { break-after: page; }\n}\n";
},"useData":true},
    },
    "title": {
      source: "<header>\n<h1>{{title}}</h1>\n{{#if issued}}\n<p class=\"issued\">{{issued}}</p>\n{{/if}}\n<table class=\"facts\">\n<caption>Agreement details</caption>\n<tbody>\n{{#each facts}}\n<tr><th scope=\"row\">{{label}}</th><td>{{value}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n<h2>Parties</h2>\n<div class=\"parties\">\n{{#each parties}}\n<div class=\"party\">\n<h3>{{name}} ({{role}})</h3>\n{{#if address}}\n<p>{{address}}</p>\n{{/if}}\n{{#if contacts.length}}\n<ul>\n{{#each contacts}}\n<li>{{name}}{{#if role}}, {{role}}{{/if}}{{#if email}}, {{mailto email}}{{/if}}{{#if phone}}, {{phone}}{{/if}}</li>\n{{/each}}\n</ul>\n{{/if}}\n</div>\n{{/each}}\n</div>\n</header>\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"issued\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"issued") || container.strict(depth0, "issued", {"start":{"line":4,"column":20},"end":{"line":4,"column":26}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issued","hash":{},"data":data,"loc":{"start":{"line":4,"column":18},"end":{"line":4,"column":28}}}) : helper)))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":10,"column":22},"end":{"line":10,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":10,"column":20},"end":{"line":10,"column":29}}}) : helper)))
    + "</th><td>"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":10,"column":40},"end":{"line":10,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":10,"column":38},"end":{"line":10,"column":47}}}) : helper)))
    + "</td></tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"party\">\n<h3>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":18,"column":6},"end":{"line":18,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":18,"column":4},"end":{"line":18,"column":12}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"role") || alias1(depth0, "role", {"start":{"line":18,"column":16},"end":{"line":18,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"role","hash":{},"data":data,"loc":{"start":{"line":18,"column":14},"end":{"line":18,"column":22}}}) : helper)))
    + ")</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"contacts"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + "</div>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"address") || container.strict(depth0, "address", {"start":{"line":20,"column":5},"end":{"line":20,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":20,"column":3},"end":{"line":20,"column":14}}}) : helper)))
    + "</p>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"contacts"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":25,"column":6},"end":{"line":25,"column":10}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":25,"column":4},"end":{"line":25,"column":12}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":12},"end":{"line":25,"column":41}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":41},"end":{"line":25,"column":79}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":79},"end":{"line":25,"column":110}}})) != null ? stack1 : "")
    + "</li>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + container.escapeExpression((((helper = lookupProperty(helpers,"role") || container.strict(depth0, "role", {"start":{"line":25,"column":28},"end":{"line":25,"column":32}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"role","hash":{},"data":data,"loc":{"start":{"line":25,"column":26},"end":{"line":25,"column":34}}}) : helper)));
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + container.escapeExpression((lookupProperty(helpers,"mailto")||container.strict(depth0, "mailto", {"start":{"line":25,"column":58},"end":{"line":25,"column":64}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"email"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":25,"column":56},"end":{"line":25,"column":72}}}));
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + container.escapeExpression((((helper = lookupProperty(helpers,"phone") || container.strict(depth0, "phone", {"start":{"line":25,"column":96},"end":{"line":25,"column":101}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":25,"column":94},"end":{"line":25,"column":103}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<header>\n<h1>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":2,"column":6},"end":{"line":2,"column":11}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":13}}}) : helper)))
    + "</h1>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"issued"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "<table class=\"facts\">\n<caption>Agreement details</caption>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"facts"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n<h2>Parties</h2>\n<div class=\"parties\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"parties"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "")
    + "</div>\n</header>\n";
},"useData":true},
    },
  },
  md: {
    "approvals": {
      source: "## {{heading}}\n\n{{#each signatures}}\nSigned for {{party}} ({{role}}):\n\n- Name: {{name}}\n{{#if title}}\n- Title: {{title}}\n{{/if}}\n{{#if date}}\n- Date: {{date}}\n{{/if}}\n- Signature: ..............................\n\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Signed for "
    + ((stack1 = (((helper = lookupProperty(helpers,"party") || alias1(depth0, "party", {"start":{"line":4,"column":13},"end":{"line":4,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"party","hash":{},"data":data,"loc":{"start":{"line":4,"column":11},"end":{"line":4,"column":20}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"role") || alias1(depth0, "role", {"start":{"line":4,"column":24},"end":{"line":4,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"role","hash":{},"data":data,"loc":{"start":{"line":4,"column":22},"end":{"line":4,"column":30}}}) : helper))) != null ? stack1 : "")
    + "):\n\n- Name: "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":6,"column":10},"end":{"line":6,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"title"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"date"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "- Signature: ..............................\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Title: "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":8,"column":11},"end":{"line":8,"column":16}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":8,"column":9},"end":{"line":8,"column":18}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Date: "
    + ((stack1 = (((helper = lookupProperty(helpers,"date") || container.strict(depth0, "date", {"start":{"line":11,"column":10},"end":{"line":11,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":11,"column":8},"end":{"line":11,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"signatures"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "calendars": {
      source: "## {{heading}}\n\nA metric without a calendar is measured around the clock (24x7).\n\n{{#each calendars}}\n### {{number}} {{name}}\n\nCalendar {{id}}, in {{timezone}} time.\n\n| Days | Hours |\n| --- | --- |\n{{#each hours}}\n| {{days}} | {{ranges}} |\n{{/each}}\n\n{{#if holidays.length}}\nHolidays, on which there are no {{name}}:\n\n| Date | Holiday |\n| --- | --- |\n{{#each holidays}}\n| {{date}} | {{name}} |\n{{/each}}\n\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":6,"column":6},"end":{"line":6,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":6,"column":17},"end":{"line":6,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":23}}}) : helper))) != null ? stack1 : "")
    + "\n\nCalendar "
    + ((stack1 = (((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":8,"column":11},"end":{"line":8,"column":13}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":8,"column":9},"end":{"line":8,"column":15}}}) : helper))) != null ? stack1 : "")
    + ", in "
    + ((stack1 = (((helper = lookupProperty(helpers,"timezone") || alias1(depth0, "timezone", {"start":{"line":8,"column":22},"end":{"line":8,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"timezone","hash":{},"data":data,"loc":{"start":{"line":8,"column":20},"end":{"line":8,"column":32}}}) : helper))) != null ? stack1 : "")
    + " time.\n\n| Days | Hours |\n| --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"hours"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"holidays"),"length"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"days") || alias1(depth0, "days", {"start":{"line":13,"column":4},"end":{"line":13,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"days","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":10}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"ranges") || alias1(depth0, "ranges", {"start":{"line":13,"column":15},"end":{"line":13,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ranges","hash":{},"data":data,"loc":{"start":{"line":13,"column":13},"end":{"line":13,"column":23}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Holidays, on which there are no "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":17,"column":34},"end":{"line":17,"column":38}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":17,"column":32},"end":{"line":17,"column":40}}}) : helper))) != null ? stack1 : "")
    + ":\n\n| Date | Holiday |\n| --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"holidays"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"date") || alias1(depth0, "date", {"start":{"line":22,"column":4},"end":{"line":22,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":10}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":22,"column":15},"end":{"line":22,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":22,"column":13},"end":{"line":22,"column":21}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\nA metric without a calendar is measured around the clock (24x7).\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"calendars"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "contents": {
      source: "## Contents\n\n{{#each contents}}\n- [{{heading}}](#{{anchor}})\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ["
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":4,"column":5},"end":{"line":4,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":4,"column":3},"end":{"line":4,"column":14}}}) : helper))) != null ? stack1 : "")
    + "](#"
    + ((stack1 = (((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":4,"column":19},"end":{"line":4,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":4,"column":17},"end":{"line":4,"column":27}}}) : helper))) != null ? stack1 : "")
    + ")\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Contents\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"contents"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "credits": {
      source: "## {{heading}}\n\n{{intro}}\n\n{{#each rules}}\n- {{this}}\n{{/each}}\n{{#if claim}}\n- How to claim: {{prose claim}}\n{{/if}}\n\n{{#each metrics}}\n### {{number}} {{name}}\n\nService: {{service}}{{#if fee}}, fee {{fee}}{{/if}}.\n\n{{#if table}}\n| When the value is | Credit | Amount |\n| --- | --- | --- |\n{{#each tiers}}\n| {{when}} | {{credit}} | {{#if amount}}{{amount}}{{else}}–{{/if}} |\n{{/each}}\n{{else}}\n{{#each tiers}}\n- When the value is {{when}}: {{credit}}{{#if amount}} ({{amount}}){{/if}}.\n{{/each}}\n{{/if}}\n\n{{#each notes}}\n{{this}}\n\n{{/each}}\n{{#if earnBack}}\n{{earnBack}}\n\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- How to claim: "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":9,"column":18},"end":{"line":9,"column":23}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"claim"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":9,"column":16},"end":{"line":9,"column":31}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":13,"column":6},"end":{"line":13,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":13,"column":4},"end":{"line":13,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":13,"column":17},"end":{"line":13,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":13,"column":15},"end":{"line":13,"column":23}}}) : helper))) != null ? stack1 : "")
    + "\n\nService: "
    + ((stack1 = (((helper = lookupProperty(helpers,"service") || alias1(depth0, "service", {"start":{"line":15,"column":11},"end":{"line":15,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"service","hash":{},"data":data,"loc":{"start":{"line":15,"column":9},"end":{"line":15,"column":20}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"fee"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":20},"end":{"line":15,"column":51}}})) != null ? stack1 : "")
    + ".\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"table"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"notes"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"earnBack"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", fee "
    + ((stack1 = (((helper = lookupProperty(helpers,"fee") || container.strict(depth0, "fee", {"start":{"line":15,"column":39},"end":{"line":15,"column":42}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fee","hash":{},"data":data,"loc":{"start":{"line":15,"column":37},"end":{"line":15,"column":44}}}) : helper))) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| When the value is | Credit | Amount |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tiers"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"when") || alias1(depth0, "when", {"start":{"line":21,"column":4},"end":{"line":21,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":21,"column":2},"end":{"line":21,"column":10}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"credit") || alias1(depth0, "credit", {"start":{"line":21,"column":15},"end":{"line":21,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"credit","hash":{},"data":data,"loc":{"start":{"line":21,"column":13},"end":{"line":21,"column":23}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"amount"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":21,"column":26},"end":{"line":21,"column":66}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"amount") || container.strict(depth0, "amount", {"start":{"line":21,"column":42},"end":{"line":21,"column":48}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":21,"column":40},"end":{"line":21,"column":50}}}) : helper))) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "–";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tiers"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- When the value is "
    + ((stack1 = (((helper = lookupProperty(helpers,"when") || alias1(depth0, "when", {"start":{"line":25,"column":22},"end":{"line":25,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":25,"column":20},"end":{"line":25,"column":28}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"credit") || alias1(depth0, "credit", {"start":{"line":25,"column":32},"end":{"line":25,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"credit","hash":{},"data":data,"loc":{"start":{"line":25,"column":30},"end":{"line":25,"column":40}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"amount"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":40},"end":{"line":25,"column":74}}})) != null ? stack1 : "")
    + ".\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"amount") || container.strict(depth0, "amount", {"start":{"line":25,"column":58},"end":{"line":25,"column":64}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":25,"column":56},"end":{"line":25,"column":66}}}) : helper))) != null ? stack1 : "")
    + ")";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"earnBack") || container.strict(depth0, "earnBack", {"start":{"line":34,"column":2},"end":{"line":34,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"earnBack","hash":{},"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"intro") || alias1(depth0, "intro", {"start":{"line":3,"column":2},"end":{"line":3,"column":7}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"intro","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":9}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rules"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"claim"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":37,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "definitions": {
      source: "## {{heading}}\n\n{{#each terms}}\n- **{{term}}**: {{prose definition}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"term") || alias1(depth0, "term", {"start":{"line":4,"column":6},"end":{"line":4,"column":10}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"term","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":12}}}) : helper))) != null ? stack1 : "")
    + "**: "
    + ((stack1 = (lookupProperty(helpers,"prose")||alias1(depth0, "prose", {"start":{"line":4,"column":18},"end":{"line":4,"column":23}} )).call(alias2,lookupProperty(depth0,"definition"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":4,"column":16},"end":{"line":4,"column":36}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"terms"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "disputes": {
      source: "## {{heading}}\n\nDisputes are resolved in these steps, in order:\n\n{{#each steps}}\n1. {{prose this}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":6,"column":5},"end":{"line":6,"column":10}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":17}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\nDisputes are resolved in these steps, in order:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"steps"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "document": {
      source: "{{> title title}}\n\n{{> contents}}\n\n{{#each sections}}\n{{> (lookup this \"partial\") this}}\n\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(helpers,"lookup").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,"partial",{"name":"lookup","hash":{},"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":27}}}),depth0,{"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"title"),lookupProperty(depth0,"title"),{"name":"title","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"contents"),depth0,{"name":"contents","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
    },
    "escalation": {
      source: "## {{heading}}\n\n| Level | Contact | Escalate |\n| --- | --- | --- |\n{{#each levels}}\n| {{level}} | {{contact}} | {{after}} |\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":6,"column":4},"end":{"line":6,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":11}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"contact") || alias1(depth0, "contact", {"start":{"line":6,"column":16},"end":{"line":6,"column":23}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"contact","hash":{},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":25}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"after") || alias1(depth0, "after", {"start":{"line":6,"column":30},"end":{"line":6,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"after","hash":{},"data":data,"loc":{"start":{"line":6,"column":28},"end":{"line":6,"column":37}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n| Level | Contact | Escalate |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"levels"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "exclusions": {
      source: "## {{heading}}\n\nThe service levels do not apply to:\n\n{{#each items}}\n- {{prose this}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":6,"column":4},"end":{"line":6,"column":9}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\nThe service levels do not apply to:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "indemnity": {
      source: "## {{heading}}\n\n{{prose text}}\n",
      spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"prose")||alias1(depth0, "prose", {"start":{"line":3,"column":2},"end":{"line":3,"column":7}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
    },
    "maintenance": {
      source: "## {{heading}}\n\n{{#if notice}}\n{{notice}}\n\n{{/if}}\n{{#if windows.length}}\nMaintenance windows:\n\n{{#each windows}}\n- {{name}}: {{when}}{{#if description}}. {{prose description}}{{/if}}\n{{/each}}\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"notice") || container.strict(depth0, "notice", {"start":{"line":4,"column":2},"end":{"line":4,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"notice","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Maintenance windows:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"windows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":11,"column":4},"end":{"line":11,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":10}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"when") || alias1(depth0, "when", {"start":{"line":11,"column":14},"end":{"line":11,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":11,"column":12},"end":{"line":11,"column":20}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":20},"end":{"line":11,"column":69}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":11,"column":43},"end":{"line":11,"column":48}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":11,"column":41},"end":{"line":11,"column":62}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notice"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"windows"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "measurement-data": {
      source: "## {{heading}}\n\nThe service levels are measured from these exported data.\n\n{{#each sources}}\n- {{id}}: {{kind}}{{#if file}}; file {{file}}{{/if}}{{#if columns}}; columns {{columns}}{{/if}}{{#if timezone}}; {{timezone}}{{/if}}{{#if dst}}; {{dst}}{{/if}}.\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":6,"column":4},"end":{"line":6,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":8}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":6,"column":12},"end":{"line":6,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":18}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"file"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":18},"end":{"line":6,"column":52}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"columns"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":52},"end":{"line":6,"column":95}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"timezone"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":95},"end":{"line":6,"column":132}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"dst"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":132},"end":{"line":6,"column":159}}})) != null ? stack1 : "")
    + ".\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; file "
    + ((stack1 = (((helper = lookupProperty(helpers,"file") || container.strict(depth0, "file", {"start":{"line":6,"column":39},"end":{"line":6,"column":43}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"file","hash":{},"data":data,"loc":{"start":{"line":6,"column":37},"end":{"line":6,"column":45}}}) : helper))) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; columns "
    + ((stack1 = (((helper = lookupProperty(helpers,"columns") || container.strict(depth0, "columns", {"start":{"line":6,"column":79},"end":{"line":6,"column":86}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"columns","hash":{},"data":data,"loc":{"start":{"line":6,"column":77},"end":{"line":6,"column":88}}}) : helper))) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + ((stack1 = (((helper = lookupProperty(helpers,"timezone") || container.strict(depth0, "timezone", {"start":{"line":6,"column":115},"end":{"line":6,"column":123}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"timezone","hash":{},"data":data,"loc":{"start":{"line":6,"column":113},"end":{"line":6,"column":125}}}) : helper))) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + ((stack1 = (((helper = lookupProperty(helpers,"dst") || container.strict(depth0, "dst", {"start":{"line":6,"column":147},"end":{"line":6,"column":150}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"dst","hash":{},"data":data,"loc":{"start":{"line":6,"column":145},"end":{"line":6,"column":152}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\nThe service levels are measured from these exported data.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "notices": {
      source: "## {{heading}}\n\n{{#if inWriting}}\n{{inWriting}}\n\n{{/if}}\n{{#each methods}}\n- {{by}}: {{rule}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"inWriting") || container.strict(depth0, "inWriting", {"start":{"line":4,"column":2},"end":{"line":4,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"inWriting","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":13}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"by") || alias1(depth0, "by", {"start":{"line":8,"column":4},"end":{"line":8,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"by","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":8}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"rule") || alias1(depth0, "rule", {"start":{"line":8,"column":12},"end":{"line":8,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"rule","hash":{},"data":data,"loc":{"start":{"line":8,"column":10},"end":{"line":8,"column":18}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"inWriting"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"methods"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "obligations": {
      source: "## {{heading}}\n\nThe customer commits to the following service levels. They carry no service\ncredits.\n\n{{#each obligations}}\n- {{name}} ({{id}}, owned by {{owner}}): target {{target}} {{per}}. {{measured}}{{#if description}} {{prose description}}{{/if}}{{#if excuses}} {{excuses}}{{/if}}\n{{/each}}\n\n{{#each obligations}}\n{{#if limits}}\n{{limits.caption}}:\n\n|{{#each limits.head}} {{this}} |{{/each}}\n|{{#each limits.head}} --- |{{/each}}\n{{#each limits.rows}}\n|{{#each this}} {{this}} |{{/each}}\n{{/each}}\n\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":7,"column":4},"end":{"line":7,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":7,"column":14},"end":{"line":7,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":18}}}) : helper))) != null ? stack1 : "")
    + ", owned by "
    + ((stack1 = (((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":7,"column":31},"end":{"line":7,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":7,"column":29},"end":{"line":7,"column":38}}}) : helper))) != null ? stack1 : "")
    + "): target "
    + ((stack1 = (((helper = lookupProperty(helpers,"target") || alias1(depth0, "target", {"start":{"line":7,"column":50},"end":{"line":7,"column":56}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":7,"column":48},"end":{"line":7,"column":58}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"per") || alias1(depth0, "per", {"start":{"line":7,"column":61},"end":{"line":7,"column":64}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"per","hash":{},"data":data,"loc":{"start":{"line":7,"column":59},"end":{"line":7,"column":66}}}) : helper))) != null ? stack1 : "")
    + ". "
    + ((stack1 = (((helper = lookupProperty(helpers,"measured") || alias1(depth0, "measured", {"start":{"line":7,"column":70},"end":{"line":7,"column":78}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"measured","hash":{},"data":data,"loc":{"start":{"line":7,"column":68},"end":{"line":7,"column":80}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":80},"end":{"line":7,"column":128}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"excuses"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":128},"end":{"line":7,"column":162}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":7,"column":102},"end":{"line":7,"column":107}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":7,"column":100},"end":{"line":7,"column":121}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"excuses") || container.strict(depth0, "excuses", {"start":{"line":7,"column":146},"end":{"line":7,"column":153}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"excuses","hash":{},"data":data,"loc":{"start":{"line":7,"column":144},"end":{"line":7,"column":155}}}) : helper))) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"limits"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"limits"), "caption", {"start":{"line":12,"column":2},"end":{"line":12,"column":16}} ), depth0)) != null ? stack1 : "")
    + ":\n\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"head"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":1},"end":{"line":14,"column":42}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"head"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":1},"end":{"line":15,"column":37}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"rows"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + " |";
},"6":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":1},"end":{"line":17,"column":35}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\nThe customer commits to the following service levels. They carry no service\ncredits.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"obligations"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"obligations"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "purpose": {
      source: "## {{heading}}\n\n{{#if purpose}}\n{{prose purpose}}\n\n{{/if}}\n{{#if objectives.length}}\nObjectives:\n\n{{#each objectives}}\n- {{prose this}}\n{{/each}}\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":4,"column":2},"end":{"line":4,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"purpose"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":17}}})) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Objectives:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"objectives"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":11,"column":4},"end":{"line":11,"column":9}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"purpose"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"objectives"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "references": {
      source: "## {{heading}}\n\n{{#each items}}\n- {{#if url}}{{link title url}}{{else}}{{title}}{{#if address}} ({{address}}){{/if}}{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":91}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"link")||container.strict(depth0, "link", {"start":{"line":4,"column":15},"end":{"line":4,"column":19}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"title"),lookupProperty(depth0,"url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":4,"column":13},"end":{"line":4,"column":31}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":4,"column":41},"end":{"line":4,"column":46}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":4,"column":39},"end":{"line":4,"column":48}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":48},"end":{"line":4,"column":84}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"address") || container.strict(depth0, "address", {"start":{"line":4,"column":67},"end":{"line":4,"column":74}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":4,"column":65},"end":{"line":4,"column":76}}}) : helper))) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "reporting": {
      source: "## {{heading}}\n\n{{#each facts}}\n- {{label}}: {{value}}\n{{/each}}\n\n{{#if contents.length}}\nEach report contains:\n\n{{#each contents}}\n- {{prose this}}\n{{/each}}\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":4,"column":4},"end":{"line":4,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":11}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":4,"column":15},"end":{"line":4,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":4,"column":13},"end":{"line":4,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Each report contains:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"contents"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":11,"column":4},"end":{"line":11,"column":9}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"facts"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"contents"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "responsibilities": {
      source: "## {{heading}}\n\n{{#each parties}}\n### {{number}} {{name}} ({{role}})\n\n{{#each items}}\n- {{prose this}}\n{{/each}}\n\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":4,"column":6},"end":{"line":4,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":4,"column":17},"end":{"line":4,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":4,"column":15},"end":{"line":4,"column":23}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"role") || alias1(depth0, "role", {"start":{"line":4,"column":27},"end":{"line":4,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"role","hash":{},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":33}}}) : helper))) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":7,"column":4},"end":{"line":7,"column":9}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"parties"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "review": {
      source: "## {{heading}}\n\n{{#if frequency}}\n{{frequency}}\n\n{{/if}}\n{{#if amendment}}\n{{amendment}}\n\n{{/if}}\n{{#if process}}\n{{prose process}}\n{{/if}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"frequency") || container.strict(depth0, "frequency", {"start":{"line":4,"column":2},"end":{"line":4,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"frequency","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":13}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"amendment") || container.strict(depth0, "amendment", {"start":{"line":8,"column":2},"end":{"line":8,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"amendment","hash":{},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":13}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":12,"column":2},"end":{"line":12,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"process"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":17}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"frequency"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"amendment"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"process"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"useData":true},
    },
    "service-levels": {
      source: "## {{heading}}\n\n{{#each services}}\n### {{number}} {{name}}\n\n| Metric | Target | At risk when | Measured per |\n| --- | --- | --- | --- |\n{{#each metrics}}\n| {{name}} | {{target}} | {{#if warning}}{{warning}}{{else}}–{{/if}} | {{period}} |\n{{/each}}\n\nHow each is measured:\n\n{{#each metrics}}\n- {{name}} ({{id}}, owned by {{owner}}): {{measured}}{{#if description}} {{prose description}}{{/if}}\n{{/each}}\n\n{{#each metrics}}\n{{#if limits}}\n{{limits.caption}}:\n\n|{{#each limits.head}} {{this}} |{{/each}}\n|{{#each limits.head}} --- |{{/each}}\n{{#each limits.rows}}\n|{{#each this}} {{this}} |{{/each}}\n{{/each}}\n\n{{/if}}\n{{/each}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":4,"column":6},"end":{"line":4,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":4,"column":17},"end":{"line":4,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":4,"column":15},"end":{"line":4,"column":23}}}) : helper))) != null ? stack1 : "")
    + "\n\n| Metric | Target | At risk when | Measured per |\n| --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "\nHow each is measured:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":29,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":9,"column":4},"end":{"line":9,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":10}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"target") || alias1(depth0, "target", {"start":{"line":9,"column":15},"end":{"line":9,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":9,"column":13},"end":{"line":9,"column":23}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"warning"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":9,"column":26},"end":{"line":9,"column":68}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"period") || alias1(depth0, "period", {"start":{"line":9,"column":73},"end":{"line":9,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"period","hash":{},"data":data,"loc":{"start":{"line":9,"column":71},"end":{"line":9,"column":81}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"warning") || container.strict(depth0, "warning", {"start":{"line":9,"column":43},"end":{"line":9,"column":50}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"warning","hash":{},"data":data,"loc":{"start":{"line":9,"column":41},"end":{"line":9,"column":52}}}) : helper))) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "–";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":15,"column":4},"end":{"line":15,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":15,"column":10}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":15,"column":14},"end":{"line":15,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":15,"column":12},"end":{"line":15,"column":18}}}) : helper))) != null ? stack1 : "")
    + ", owned by "
    + ((stack1 = (((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":15,"column":31},"end":{"line":15,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":15,"column":29},"end":{"line":15,"column":38}}}) : helper))) != null ? stack1 : "")
    + "): "
    + ((stack1 = (((helper = lookupProperty(helpers,"measured") || alias1(depth0, "measured", {"start":{"line":15,"column":43},"end":{"line":15,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"measured","hash":{},"data":data,"loc":{"start":{"line":15,"column":41},"end":{"line":15,"column":53}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":53},"end":{"line":15,"column":101}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":15,"column":75},"end":{"line":15,"column":80}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":15,"column":73},"end":{"line":15,"column":94}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"limits"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"limits"), "caption", {"start":{"line":20,"column":2},"end":{"line":20,"column":16}} ), depth0)) != null ? stack1 : "")
    + ":\n\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"head"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":1},"end":{"line":22,"column":42}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"head"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":1},"end":{"line":23,"column":37}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"limits"),"rows"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + " |";
},"9":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":1},"end":{"line":25,"column":35}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"services"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "services": {
      source: "## {{heading}}\n\n{{#each services}}\n### {{number}} {{name}}\n\n{{#if description}}\n{{prose description}}\n\n{{/if}}\n{{#if includes.length}}\nIncludes:\n\n{{#each includes}}\n- {{prose this}}\n{{/each}}\n\n{{/if}}\n{{#if excludes.length}}\nExcludes:\n\n{{#each excludes}}\n- {{prose this}}\n{{/each}}\n\n{{/if}}\n{{#if fee}}\nFee: {{fee}}.\n\n{{/if}}\n{{#if base}}\nCredit base: {{base}}.\n\n{{/if}}\n{{#if limits.length}}\nLimits:\n\n{{#each limits}}\n- {{label}}: {{value}}\n{{/each}}\n\n{{/if}}\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":4,"column":6},"end":{"line":4,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":4,"column":17},"end":{"line":4,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":4,"column":15},"end":{"line":4,"column":23}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"includes"),"length"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"excludes"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"fee"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"base"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"limits"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":7,"column":2},"end":{"line":7,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":21}}})) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Includes:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"includes"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"prose")||container.strict(depth0, "prose", {"start":{"line":14,"column":4},"end":{"line":14,"column":9}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"prose","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Excludes:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"excludes"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Fee: "
    + ((stack1 = (((helper = lookupProperty(helpers,"fee") || container.strict(depth0, "fee", {"start":{"line":27,"column":7},"end":{"line":27,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fee","hash":{},"data":data,"loc":{"start":{"line":27,"column":5},"end":{"line":27,"column":12}}}) : helper))) != null ? stack1 : "")
    + ".\n\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Credit base: "
    + ((stack1 = (((helper = lookupProperty(helpers,"base") || container.strict(depth0, "base", {"start":{"line":31,"column":15},"end":{"line":31,"column":19}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"base","hash":{},"data":data,"loc":{"start":{"line":31,"column":13},"end":{"line":31,"column":21}}}) : helper))) != null ? stack1 : "")
    + ".\n\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Limits:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"limits"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":38,"column":4},"end":{"line":38,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":38,"column":2},"end":{"line":38,"column":11}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":38,"column":15},"end":{"line":38,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":38,"column":13},"end":{"line":38,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (((helper = lookupProperty(helpers,"heading") || container.strict(depth0, "heading", {"start":{"line":1,"column":5},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"services"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":42,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
    "title": {
      source: "# {{title}}\n\n{{#if issued}}\n{{issued}}\n\n{{/if}}\n{{#each facts}}\n- {{label}}: {{value}}\n{{/each}}\n\n## Parties\n\n{{#each parties}}\n### {{name}} ({{role}})\n\n{{#if address}}\n{{address}}\n\n{{/if}}\n{{#each contacts}}\n- {{name}}{{#if role}}, {{role}}{{/if}}{{#if email}}, {{mailto email}}{{/if}}{{#if phone}}, {{phone}}{{/if}}\n{{/each}}\n\n{{/each}}\n",
      spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"issued") || container.strict(depth0, "issued", {"start":{"line":4,"column":2},"end":{"line":4,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issued","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":8,"column":4},"end":{"line":8,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":11}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":8,"column":15},"end":{"line":8,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":8,"column":13},"end":{"line":8,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":14,"column":6},"end":{"line":14,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":14,"column":4},"end":{"line":14,"column":12}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = (((helper = lookupProperty(helpers,"role") || alias1(depth0, "role", {"start":{"line":14,"column":16},"end":{"line":14,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"role","hash":{},"data":data,"loc":{"start":{"line":14,"column":14},"end":{"line":14,"column":22}}}) : helper))) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"contacts"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"address") || container.strict(depth0, "address", {"start":{"line":17,"column":2},"end":{"line":17,"column":9}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":17,"column":11}}}) : helper))) != null ? stack1 : "")
    + "\n\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":21,"column":4},"end":{"line":21,"column":8}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":21,"column":2},"end":{"line":21,"column":10}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":10},"end":{"line":21,"column":39}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":39},"end":{"line":21,"column":77}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":77},"end":{"line":21,"column":108}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = (((helper = lookupProperty(helpers,"role") || container.strict(depth0, "role", {"start":{"line":21,"column":26},"end":{"line":21,"column":30}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"role","hash":{},"data":data,"loc":{"start":{"line":21,"column":24},"end":{"line":21,"column":32}}}) : helper))) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = (lookupProperty(helpers,"mailto")||container.strict(depth0, "mailto", {"start":{"line":21,"column":56},"end":{"line":21,"column":62}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"email"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":21,"column":54},"end":{"line":21,"column":70}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = (((helper = lookupProperty(helpers,"phone") || container.strict(depth0, "phone", {"start":{"line":21,"column":94},"end":{"line":21,"column":99}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":21,"column":92},"end":{"line":21,"column":101}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":1,"column":4},"end":{"line":1,"column":9}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":11}}}) : helper))) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"issued"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"facts"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n## Parties\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"parties"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"useData":true},
    },
  },
};
