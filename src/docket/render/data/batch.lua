-- docket's batch writer: for each job, exactly what
--   SOURCE_DATE_EPOCH=<epoch> pandoc --defaults <defaults> --output <output> <input>
-- writes, but for many documents in one pandoc process (a pandoc start costs ~20-40 ms).
-- Usage: pandoc lua batch.lua MANIFEST, where MANIFEST is a JSON list of
--   {"input": "doc.json", "output": "doc.html", "defaults": "html.yaml", "epoch": "1745496000"}
-- Only the options docket's defaults files use are supported; any other option set in a
-- defaults file is an error, so that the two ways of running pandoc cannot drift apart
-- (tests/render/test_batch.py compares them byte for byte).

local HANDLED = {
  ["from"] = true, ["to"] = true, ["standalone"] = true, ["template"] = true,
  ["variables"] = true, ["table-of-contents"] = true, ["toc-depth"] = true,
  ["reference-doc"] = true, ["include-in-header"] = true, ["include-before-body"] = true,
  ["include-after-body"] = true, ["wrap"] = true, ["columns"] = true,
}

local function read(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("a")
  file:close()
  return text
end

local function write(path, text)
  local file = assert(io.open(path, "wb"))
  file:write(text)
  file:close()
end

-- Options as comparable text: pandoc.List and plain tables alike, an empty table as a list.
local function canonical(value)
  if type(value) == "table" and (next(value) == nil or value[1] ~= nil) then
    local items = {}
    for index, item in ipairs(value) do
      items[index] = canonical(item)
    end
    return "[" .. table.concat(items, ",") .. "]"
  end
  return pandoc.json.encode(value)
end

local function is_default(key, value)
  return canonical(value) == canonical(pandoc.cli.default_options[key])
end

local function includes(paths)
  local texts = {}
  for _, path in ipairs(paths or {}) do
    texts[#texts + 1] = read(path)
  end
  return texts
end

local function writer_for(defaults)
  local opts = pandoc.cli.parse_options({"--defaults", defaults})
  for key, value in pairs(opts) do
    if not HANDLED[key] and not is_default(key, value) then
      error("batch.lua does not support option '" .. key .. "' (in " .. defaults .. ")")
    end
  end
  local variables = {}
  for key, value in pairs(opts.variables or {}) do
    variables[key] = value
  end
  for key, option in pairs({["header-includes"] = "include-in-header",
                            ["include-before"] = "include-before-body",
                            ["include-after"] = "include-after-body"}) do
    local texts = includes(opts[option])
    if #texts > 0 then
      variables[key] = texts
    end
  end
  local base = opts.to:match("^[%w_]+")
  local options = {
    variables = variables,
    table_of_contents = opts["table-of-contents"],
    toc_depth = opts["toc-depth"],
    wrap_text = opts.wrap,
    columns = opts.columns,
  }
  if opts.standalone then
    local source = opts.template and read(opts.template) or pandoc.template.default(base)
    options.template = pandoc.template.compile(source)
  end
  if opts["reference-doc"] then
    options.reference_doc = opts["reference-doc"]
  end
  return {format = opts.to, options = options}
end

local writers = {}
local environment = pandoc.system.environment()
for _, job in ipairs(pandoc.json.decode(read(arg[1]), false)) do
  writers[job.defaults] = writers[job.defaults] or writer_for(job.defaults)
  local writer = writers[job.defaults]
  local document = pandoc.read(read(job.input), "json")
  local settings = {}
  for key, value in pairs(environment) do
    settings[key] = value
  end
  settings.SOURCE_DATE_EPOCH = job.epoch
  local output = pandoc.system.with_environment(settings, function()
    return pandoc.write(document, writer.format, writer.options)
  end)
  write(job.output, output)
end
