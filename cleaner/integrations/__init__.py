"""Optional integrations with the engines that run cleaning at scale: datatrove, Ray Data and Scrapy.

Each submodule needs its extra (``pip install 'scrape-cleaner[datatrove]'``, ``[ray]``, ``[scrapy]``);
the core package never imports them.
"""
