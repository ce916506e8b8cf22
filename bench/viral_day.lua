-- The viral day's visitors for wrk: each request takes the next address of a file drawn
-- beforehand (bench/pages.py writes it). Arguments: the file, and where in it to start; each
-- thread starts a quarter of the file further on. Answers of 500 and above are counted (a 404
-- for the withdrawn story is what it should answer).
local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    addresses = {}
    for line in io.lines(args[1]) do
        addresses[#addresses + 1] = line
    end
    next_address = 1 + (tonumber(args[2]) + id * math.floor(#addresses / 4)) % #addresses
    server_errors = 0
end

function request()
    local path = addresses[next_address]
    next_address = next_address % #addresses + 1
    return wrk.format(nil, path)
end

function response(status, headers, body)
    if status >= 500 then
        server_errors = server_errors + 1
    end
end

function done(summary, latency, requests)
    local errors = 0
    for _, thread in ipairs(threads) do
        errors = errors + thread:get("server_errors")
    end
    io.write(string.format("server errors: %d\n", errors))
end
